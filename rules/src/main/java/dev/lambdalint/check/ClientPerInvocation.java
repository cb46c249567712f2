package dev.lambdalint.check;

import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.PerInvocationCaches;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.lambdalint.Severity;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.Optional;
import java.util.TreeSet;

/** An AWS SDK, HTTP, database or cache client, or a connection pool, built on every invocation. */
@RuleMeta(id = "client-per-invocation", severity = Severity.ERROR,
        summary = "A client or connection pool is built on every invocation instead of once per execution environment.",
        tags = {"performance", "cost", "lambda"})
public final class ClientPerInvocation implements Rule {

    @Override
    public void check(RuleContext context) {
        ClientConstructions constructions = new ClientConstructions(context.model(), context.catalog());
        for (Reach reach : context.model().firstReaches()) {
            for (Node node : context.model().executedNodes(reach.unit())) {
                constructions.at(node, reach.unit()).ifPresent(c ->
                        context.report(this, reach, c.start(), message(context, reach, c)));
            }
        }
        PerInvocationCaches caches = PerInvocationCaches.of(context.model(), context.catalog());
        for (PerInvocationCaches.Cache cache : caches.built(PerInvocationCaches.Kind.CLIENT)) {
            context.report(this, cache.reach(), cache.creation(), cached(context, cache));
        }
    }

    private static String cached(RuleContext context, PerInvocationCaches.Cache cache) {
        Handler handler = cache.reach().handler();
        String where = context.model().index().displayName(handler.type()) + "." + handler.method();
        return cache.work() + " is built on every invocation of " + where + ": " + cache.explanation()
                + ". " + cache.fix() + (cache.family().docs() == null ? "" : " " + cache.family().docs());
    }

    private static String message(RuleContext context, Reach reach, ClientConstructions.Construction c) {
        Handler handler = reach.handler();
        String where = context.model().index().displayName(handler.type()) + "." + handler.method();
        String text = c.match().clientName() + " (" + c.match().family().family() + ") is built on every invocation of "
                + where + ", paying client start-up and new connections on every call.";
        return text + " " + ContextAdvice.or(context.model(), reach, () -> reuse(c));
    }

    private static String reuse(ClientConstructions.Construction c) {
        TreeSet<String> inputs = perCallInputs(c.whole());
        String docs = c.match().family().docs() == null ? "" : " " + c.match().family().docs();
        if (inputs.isEmpty()) {
            return "Build it once in a static final field or the handler's constructor and reuse it." + docs;
        }
        return "It is built from per-invocation data (" + String.join(", ", inputs) + "): keep one client "
                + "per distinct value in a small bounded cache (e.g. a static map with computeIfAbsent and a size "
                + "cap)." + docs;
    }

    /** Parameters of the enclosing method, and locals set from them, that the construction uses. */
    private static TreeSet<String> perCallInputs(Expression construction) {
        TreeSet<String> inputs = new TreeSet<>();
        Optional<CallableDeclaration<?>> method = construction.findAncestor(CallableDeclaration.class)
                .map(c -> (CallableDeclaration<?>) c);
        if (method.isEmpty()) {
            return inputs;
        }
        for (NameExpr name : Trees.findAll(construction, NameExpr.class)) {
            if (declaredInside(name, construction)) {
                continue;
            }
            String id = name.getNameAsString();
            for (Parameter p : method.get().getParameters()) {
                if (p.getNameAsString().equals(id) && !p.getType().asString().endsWith("Context")) {
                    inputs.add(id);
                }
            }
            for (VariableDeclarator local : Trees.findAll(method.get(), VariableDeclarator.class)) {
                if (local.getNameAsString().equals(id) && local.getInitializer().map(i -> usesAny(i,
                        method.get())).orElse(false)) {
                    inputs.add(id);
                }
            }
        }
        return inputs;
    }

    private static boolean usesAny(Expression initializer, CallableDeclaration<?> method) {
        return Trees.findAll(initializer, NameExpr.class).stream().anyMatch(n -> method.getParameters().stream()
                .anyMatch(p -> p.getNameAsString().equals(n.getNameAsString())
                        && !p.getType().asString().endsWith("Context")));
    }

    /** Names bound by a lambda inside the construction itself ({@code b -> b.region(...)}) are not inputs. */
    private static boolean declaredInside(NameExpr name, Expression construction) {
        for (Node n = name; n != null && n != construction; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda && lambda.getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return true;
            }
        }
        return false;
    }
}
