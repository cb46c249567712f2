package dev.lambdalint.check;

import dev.lambdalint.analysis.EventDependence;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.PerInvocationCaches;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.Severity;
import dev.lambdalint.catalog.ConfigFetch;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.Optional;

/** An SSM parameter, a Secrets Manager secret or an AppConfig configuration fetched on every invocation. */
@RuleMeta(id = "config-per-invocation", severity = Severity.WARNING,
        summary = "An SSM parameter, Secrets Manager secret or AppConfig configuration that does not depend on the "
                + "event is fetched on every invocation with no caching.",
        tags = {"performance", "cost", "lambda"})
public final class ConfigPerInvocation implements Rule {

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        ClientConstructions clients = new ClientConstructions(model, context.catalog());
        EventDependence event = new EventDependence(model);
        for (Reach first : model.firstReaches()) {
            for (Node node : model.executedNodes(first.unit())) {
                if (!(node instanceof MethodCallExpr call) || call.getScope().isEmpty()
                        || !context.catalog().isConfigFetchName(call.getNameAsString())) {
                    continue;
                }
                for (String type : clients.receiverTypes(call.getScope().get(), first.unit())) {
                    Optional<ConfigFetch> fetch = context.catalog().configFetch(type, call.getNameAsString());
                    if (fetch.isPresent()) {
                        // whether the arguments come from the event depends on the handler: the first that fetches
                        // the same thing on every call keeps the finding
                        for (Reach reach : model.reachesOf(first.unit())) {
                            if (call.getArguments().stream().noneMatch(a -> event.dependsOnEvent(a, reach))) {
                                context.report(this, reach, call.getName(), message(model, reach,
                                        fetch.get(), type, call.getNameAsString()));
                                break;
                            }
                        }
                        break;
                    }
                }
            }
        }
        PerInvocationCaches caches = PerInvocationCaches.of(model, context.catalog());
        for (PerInvocationCaches.Cache cache : caches.built(PerInvocationCaches.Kind.CONFIG)) {
            Handler handler = cache.reach().handler();
            String where = model.index().displayName(handler.type()) + "." + handler.method();
            context.report(this, cache.reach(), cache.creation(), cache.work() + " is fetched on every invocation of "
                    + where + ": " + cache.explanation() + ". " + cache.fix() + " Ready-made caches: "
                    + cache.fetch().cachedAlternative() + ".");
        }
    }

    private static String message(InvocationModel model, Reach reach, ConfigFetch fetch, String clientType,
                                  String method) {
        Handler handler = reach.handler();
        String where = model.index().displayName(handler.type()) + "." + handler.method();
        String client = clientType.substring(clientType.lastIndexOf('.') + 1);
        String text = fetch.what() + " is fetched on every invocation of " + where + " (" + client + "." + method
                + ") with no caching: " + fetch.cost() + ".";
        return text + " " + ContextAdvice.or(model, reach, () -> "Fetch it once in a static initialiser or the "
                + "handler's constructor, or keep it in a field refreshed after a time to live; ready-made caches: "
                + fetch.cachedAlternative() + ".");
    }
}
