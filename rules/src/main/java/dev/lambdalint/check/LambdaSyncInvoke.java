package dev.lambdalint.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lambdalint.Severity;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.Origin;
import dev.lambdalint.analysis.Unwrapped;
import dev.lambdalint.analysis.ValueOrigins;
import dev.lambdalint.catalog.LambdaInvokeCatalog;
import dev.lambdalint.catalog.ServiceWrite;
import dev.lambdalint.check.selfinvocation.LoopFinder;
import dev.lambdalint.check.selfinvocation.RequestParts;
import dev.lambdalint.check.selfinvocation.ServiceWrites;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-invocation code that invokes another Lambda function and waits for it: an SDK v1/v2 {@code invoke} whose
 * request sets no InvocationType (RequestResponse is the default) or sets RequestResponse, built inline, in the
 * consumer lambda, a local, a field or a helper; an async client's call only where its future is awaited. Quiet
 * for Event and DryRun, an InvocationType the code does not show, a request whose making is not in sight, and
 * a call that invokes the function itself (that is {@code self-invocation}).
 */
@RuleMeta(id = "lambda-sync-invoke", severity = Severity.WARNING,
        summary = "A handler invokes another Lambda function synchronously and waits for it, paying for both "
                + "functions while it waits.",
        tags = {"cost", "architecture", "lambda"})
public final class LambdaSyncInvoke implements Rule {
    private static final int MAX_DEPTH = 4;

    private enum Waiting { YES, BY_DEFAULT, NO, UNKNOWN }

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        LambdaInvokeCatalog invoke = context.catalog().lambdaInvoke();
        ServiceWrites writes = new ServiceWrites(model, context.catalog());
        RequestParts parts = new RequestParts(model);
        ClientConstructions clients = new ClientConstructions(model, context.catalog());
        Map<String, LoopFinder> loops = new HashMap<>();
        Map<String, ValueOrigins> origins = new HashMap<>();
        for (Reach first : model.firstReaches()) {
            CodeUnit unit = first.unit();
            for (Node node : model.executedNodes(unit)) {
                if (!(node instanceof MethodCallExpr call) || !invoke.calls().contains(call.getNameAsString())
                        || call.getScope().isEmpty() || call.getArguments().size() != 1) {
                    continue;
                }
                Optional<ServiceWrite> write = writes.at(call, unit).filter(w -> w.service().equals("lambda"));
                if (write.isEmpty()) {
                    continue;
                }
                boolean async = invoke.asyncClient(clients.receiverTypes(call.getScope().get(), unit));
                Waiting waiting = waits(call, unit, parts, invoke, model);
                if (!async && invoke.eventOnly().contains(call.getNameAsString()) || async && !awaited(call, invoke)
                        || waiting != Waiting.YES && waiting != Waiting.BY_DEFAULT) {
                    continue;
                }
                // which function runs it, and whether it invokes itself, depend on the handler
                for (Reach reach : model.reachesOf(unit)) {
                    Handler handler = reach.handler();
                    List<LambdaFunction> functions = context.deployment()
                            .functionsRunning(handler.type(), handler.method());
                    LoopFinder loop = loops.computeIfAbsent(handler.id(), id -> new LoopFinder(model,
                            context.catalog().selfInvocation(), context.deployment(), handler));
                    if (loop.closesLoop(call, unit, write.get(), functions)) {
                        continue; // self-invocation reports it
                    }
                    ValueOrigins names = origins.computeIfAbsent(handler.id(), id -> new ValueOrigins(model,
                            context.catalog().selfInvocation(), handler));
                    String target = target(parts.target(call, unit, write.get()), names, functions);
                    context.report(this, reach, call.getName(), message(model, handler, target, async,
                            waiting == Waiting.BY_DEFAULT));
                }
            }
        }
    }

    /** Whether the invoke waits: the request is in sight, and its InvocationType is absent or a waiting one. */
    private Waiting waits(MethodCallExpr call, CodeUnit unit, RequestParts parts, LambdaInvokeCatalog invoke,
                          InvocationModel model) {
        if (!inSight(call.getArgument(0), unit, model, 0)) {
            return Waiting.UNKNOWN;
        }
        List<RequestParts.Part> types = parts.property(call, unit, List.of(invoke.invocationType()));
        if (types.isEmpty()) {
            return Waiting.BY_DEFAULT;
        }
        Waiting result = Waiting.YES;
        for (RequestParts.Part part : types) {
            Waiting one = kind(part.expression(), invoke);
            if (one == Waiting.NO) {
                return Waiting.NO;
            }
            if (one == Waiting.UNKNOWN) {
                result = Waiting.UNKNOWN;
            }
        }
        return result;
    }

    /** RequestResponse, Event or DryRun as an enum constant, a string, or fromValue/valueOf of a string. */
    private static Waiting kind(Expression expression, LambdaInvokeCatalog invoke) {
        Expression e = Unwrapped.of(expression);
        if (e instanceof ConditionalExpr c) {
            Waiting then = kind(c.getThenExpr(), invoke);
            Waiting otherwise = kind(c.getElseExpr(), invoke);
            return then == Waiting.NO || otherwise == Waiting.NO ? Waiting.NO
                    : then == Waiting.YES && otherwise == Waiting.YES ? Waiting.YES : Waiting.UNKNOWN;
        }
        String written = null;
        if (e instanceof FieldAccessExpr access) {
            written = access.getNameAsString();
        } else if (e instanceof NameExpr name) {
            written = name.getNameAsString();
        } else if (e instanceof StringLiteralExpr literal) {
            written = literal.asString();
        } else if (e instanceof MethodCallExpr call && call.getArguments().size() == 1
                && call.getArgument(0) instanceof StringLiteralExpr literal) {
            written = literal.asString();
        }
        if (written == null) {
            return Waiting.UNKNOWN;
        }
        String normalized = normalize(written);
        if (invoke.notWaiting().stream().map(LambdaSyncInvoke::normalize).anyMatch(normalized::equals)) {
            return Waiting.NO;
        }
        return invoke.waiting().stream().map(LambdaSyncInvoke::normalize).anyMatch(normalized::equals)
                ? Waiting.YES : Waiting.UNKNOWN;
    }

    private static String normalize(String text) {
        return text.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the request is built where the code shows it: a consumer lambda, a builder or constructor chain,
     * or a local, field or helper holding one. A parameter or an unknown call's result may set anything.
     */
    private static boolean inSight(Expression expression, CodeUnit unit, InvocationModel model, int depth) {
        Expression e = Unwrapped.of(expression);
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (e instanceof LambdaExpr || e instanceof ObjectCreationExpr) {
            return true;
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            Optional<Node> declaration = model.calls().declarationOf(e, unit);
            if (declaration.isEmpty() || declaration.get() instanceof Parameter) {
                return false;
            }
            return declaration.get() instanceof VariableDeclarator variable && variable.getInitializer()
                    .map(i -> inSight(i, unit, model, depth + 1)).orElse(false);
        }
        if (e instanceof MethodCallExpr call) {
            List<CodeUnit> callees = model.calls().targets(call, unit);
            if (!callees.isEmpty()) {
                return callees.stream().allMatch(callee -> callee.declaration() instanceof MethodDeclaration method
                        && Trees.findAll(method, ReturnStmt.class).stream()
                                .filter(r -> r.findAncestor(CallableDeclaration.class).orElse(null) == method)
                                .allMatch(r -> r.getExpression().map(x -> inSight(x, callee, model, depth + 1))
                                        .orElse(false)));
            }
            Optional<Expression> scope = call.getScope();
            if (scope.isEmpty()) {
                return false;
            }
            // a builder chain: InvokeRequest.builder()...build(), or a chain on a builder held in a local; its
            // links are the same expression, not a step of indirection, so they do not count against the depth
            return model.calls().staticTypeReference(scope.get(), unit).isPresent()
                    || inSight(scope.get(), unit, model, depth);
        }
        return false;
    }

    /** Whether an async client's future is waited for: joined right away, or through the local that holds it. */
    private static boolean awaited(MethodCallExpr call, LambdaInvokeCatalog invoke) {
        if (awaitedChain(call, invoke)) {
            return true;
        }
        Node parent = call.getParentNode().orElse(null);
        String holder = null;
        if (parent instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            holder = variable.getNameAsString();
        } else if (parent instanceof MethodCallExpr add && add.getArguments().contains(call)
                && add.getScope().orElse(null) instanceof NameExpr list) {
            holder = list.getNameAsString(); // futures.add(client.invoke(...))
        }
        if (holder == null) {
            return false;
        }
        Node body = bodyOf(call);
        if (body == null) {
            return false;
        }
        for (NameExpr use : Trees.findAll(body, NameExpr.class)) {
            if (use.getNameAsString().equals(holder) && use.getBegin().isPresent() && call.getBegin().isPresent()
                    && use.getBegin().get().isAfter(call.getBegin().get())) {
                Node statement = use.findAncestor(Statement.class).orElse(null);
                if (statement != null && awaitsIn(statement, invoke)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A chain on the future that ends in a wait: {@code invoke(..).join()}, {@code invoke(..).thenApply(f).get()}. */
    private static boolean awaitedChain(Expression future, LambdaInvokeCatalog invoke) {
        Expression e = future;
        while (e.getParentNode().orElse(null) instanceof MethodCallExpr next && next.getScope().orElse(null) == e) {
            if (isAwait(next, invoke)) {
                return true;
            }
            e = next;
        }
        return false;
    }

    private static boolean awaitsIn(Node statement, LambdaInvokeCatalog invoke) {
        return Trees.findAll(statement, MethodCallExpr.class).stream().anyMatch(c -> isAwait(c, invoke))
                || Trees.findAll(statement, MethodReferenceExpr.class).stream()
                        .anyMatch(r -> invoke.awaits().contains(r.getIdentifier()));
    }

    /** {@code join()}, {@code get()} or {@code get(timeout, unit)}: not a list's {@code get(index)}. */
    private static boolean isAwait(MethodCallExpr call, LambdaInvokeCatalog invoke) {
        int arguments = call.getArguments().size();
        return invoke.awaits().contains(call.getNameAsString()) && (arguments == 0 || arguments == 2);
    }

    private static Node bodyOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration) {
                return n;
            }
        }
        return null;
    }

    /** How the message names the function invoked, when the code or the template tells. */
    private static String target(List<RequestParts.Part> names, ValueOrigins origins, List<LambdaFunction> functions) {
        for (RequestParts.Part part : names) {
            Set<Origin> found = origins.of(part.expression(), part.unit());
            if (found.size() != 1) {
                continue;
            }
            Origin origin = found.iterator().next();
            if (origin instanceof Origin.Literal literal) {
                return "function \"" + literal.text() + "\"";
            }
            if (origin instanceof Origin.EnvironmentVariable variable) {
                return "the function named by environment variable " + variable.name() + functions.stream()
                        .map(f -> f.environment().get(variable.name())).filter(java.util.Objects::nonNull)
                        .findFirst().map(s -> " (set at " + s.at() + ")").orElse("");
            }
        }
        return "another Lambda function";
    }

    private static String message(InvocationModel model, Handler handler, String target, boolean async,
                                  boolean byDefault) {
        String entry = model.index().displayName(handler.type()) + "." + handler.method();
        String how = async ? "invokes " + target + " and then waits for its future" : "invokes " + target
                + " synchronously (InvocationType RequestResponse" + (byDefault ? ", the default)" : ")");
        return entry + " " + how + ": this function stays running, and billed, for as long as the other one "
                + "runs, both count against the account's concurrency, and the other's errors, throttles and "
                + "timeouts become this one's. Invoke it asynchronously (InvocationType Event) and hand results back "
                + "through a queue, or chain the two with Step Functions; if the answer is needed now, call the code "
                + "directly instead of through another function.";
    }

}
