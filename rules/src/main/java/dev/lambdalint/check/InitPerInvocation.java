package dev.lambdalint.check;

import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.Constants;
import dev.lambdalint.analysis.PerInvocationCaches;
import com.github.javaparser.ast.Node;
import dev.lambdalint.Severity;
import dev.lambdalint.catalog.ClientFamily;
import dev.lambdalint.catalog.ReusableObject;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expensive object that is safe to reuse (an ObjectMapper, a JAXBContext, a constant Pattern, a thread pool, a
 * timer or event loop group with threads of its own) built per call.
 */
@RuleMeta(id = "init-per-invocation", severity = Severity.WARNING,
        summary = "An expensive object that is safe to reuse (ObjectMapper, Gson, JAXBContext, a constant Pattern "
                + "or JSON Schema, an XML factory, a DynamoDB table schema, a template engine, a Spring context, a "
                + "thread pool, a timer or Netty event loop group, ...) is built on every invocation instead of once "
                + "per execution environment.",
        tags = {"performance", "lambda"})
public final class InitPerInvocation implements Rule {

    @Override
    public void check(RuleContext context) {
        Map<ClientFamily, ReusableObject> byConstruction = new LinkedHashMap<>();
        context.catalog().reusable().forEach(r -> byConstruction.put(r.construction(), r));
        InvocationModel model = context.model();
        ClientConstructions constructions = new ClientConstructions(model, List.copyOf(byConstruction.keySet()));
        Constants constants = new Constants(model, context.catalog().constantReads());
        for (Reach reach : model.firstReaches()) {
            for (Node node : model.executedNodes(reach.unit())) {
                constructions.at(node, reach.unit()).ifPresent(c -> {
                    ReusableObject reusable = byConstruction.get(c.match().family());
                    if (!reusable.onlyWithConstantArguments() || constants.sameOnEveryCall(c.made(), reach.unit())) {
                        context.report(this, reach, c.start(), message(model, reach, c, reusable));
                    }
                });
            }
        }
        PerInvocationCaches caches = PerInvocationCaches.of(model, context.catalog());
        for (PerInvocationCaches.Cache cache : caches.built(PerInvocationCaches.Kind.REUSABLE)) {
            Handler handler = cache.reach().handler();
            String where = model.index().displayName(handler.type()) + "." + handler.method();
            context.report(this, cache.reach(), cache.creation(), cache.work() + " is built on every invocation of "
                    + where + ": " + cache.explanation() + ". " + cache.fix()
                    + (cache.family().docs() == null ? "" : " " + cache.family().docs()));
        }
    }

    private static String message(InvocationModel model, Reach reach, ClientConstructions.Construction c,
                                  ReusableObject reusable) {
        Handler handler = reach.handler();
        String where = model.index().displayName(handler.type()) + "." + handler.method();
        String text = c.match().clientName() + " (" + c.match().family().family() + ") is built on every invocation "
                + "of " + where + ": " + reusable.cost() + ".";
        return text + " " + ContextAdvice.or(model, reach, () -> "It is safe to reuse: build it once in a static "
                + "final field or the handler's constructor."
                + (c.match().family().docs() == null ? "" : " " + c.match().family().docs()));
    }

}
