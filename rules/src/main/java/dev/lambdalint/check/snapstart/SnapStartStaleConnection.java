package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.Severity;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.analysis.ConnectionCalls;
import dev.lambdalint.catalog.ConnectionCatalog;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.model.InvocationModel;
import java.util.List;

/**
 * With SnapStart on, a network connection opened during INIT and kept: the snapshot holds it open, and an
 * environment restored from it later finds it dead. The connections are the catalog's openers (JDBC, sockets,
 * Jedis, ...), a connection borrowed from a pool, and a pool that fills itself with idle connections as soon as it
 * is built. Quiet for clients that reconnect on their own (AWS SDK, Lettuce, MongoDB), a pool that keeps no idle
 * connection, a connection only used during INIT, and one an afterRestore hook or per-invocation code handles.
 */
@RuleMeta(id = "snapstart-stale-connection", severity = Severity.WARNING,
        summary = "With SnapStart on, a network connection opened during INIT and kept is restored from the snapshot "
                + "long after it was opened, dead, unless an afterRestore hook re-opens it.",
        tags = {"snapstart", "reliability", "lambda"})
public final class SnapStartStaleConnection implements Rule {

    /** A connection source: what it is, and whether it is a pool filling itself with idle connections. */
    record Stale(String what, boolean pool) {
    }

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        ClientConstructions constructions = new ClientConstructions(model, context.catalog());
        CallPatterns patterns = new CallPatterns(constructions);
        ConnectionCalls connections = new ConnectionCalls(model, context.catalog(), constructions);
        ValueSources.Classifier<Stale> classifier = classifier(model, patterns, connections,
                context.catalog().connections(), context.catalog().snapStart());
        for (SnapStartInit init : SnapStartInit.all(context, patterns)) {
            ValueSources<Stale> sources = new ValueSources<>(model, classifier, init.phase());
            for (InitStores.Store store : init.stores()) {
                if (store.kind() != InitStores.Kind.ASSIGNED || init.handledOnRestore(store)) {
                    continue;
                }
                for (ValueSources.Source<Stale> source : sources.of(store.value(), store.reach())) {
                    context.report(this, source.reach(), SnapStartInit.at(source.at()), message(init, store, source));
                }
            }
        }
    }

    private static ValueSources.Classifier<Stale> classifier(InvocationModel model, CallPatterns patterns,
                                                             ConnectionCalls connections, ConnectionCatalog catalog,
                                                             SnapStartCatalog snapStart) {
        PoolIdle idle = new PoolIdle(model, patterns.constructions());
        return (e, unit) -> {
            var opener = connections.opens(e, unit).filter(o -> !snapStart.reconnects(o.types()));
            if (opener.isPresent()) {
                return new Stale(opener.get().what(), false);
            }
            if (e instanceof MethodCallExpr call && catalog.borrows().contains(call.getNameAsString())) {
                List<String> pools = patterns.receiverTypes(call, unit);
                if (catalog.sharedType(pools) && !snapStart.reconnects(pools)) {
                    return new Stale("connection borrowed from a pool", false);
                }
            }
            for (SnapStartCatalog.EagerPool pool : snapStart.eagerPools()) {
                if (e instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()
                        && patterns.matches(creation, unit, pool.construction())
                        && idle.of(creation.getArgument(0), unit, pool) == PoolIdle.Verdict.KEEPS_IDLE) {
                    return new Stale(pool.construction().what(), true);
                }
            }
            return null;
        };
    }

    private static String message(SnapStartInit init, InitStores.Store store, ValueSources.Source<Stale> source) {
        String code = CodeText.of(source.at());
        String field = store.field().name();
        if (source.kind().pool()) {
            return "A " + source.kind().what() + " built during INIT of " + init.handlerName() + " (" + code
                    + ") and kept in " + field + " opens its idle connections at once: " + init.snapStartOn()
                    + ", so they are in the snapshot, and an environment restored from it, minutes or days later, "
                    + "starts with connections the database has long closed; borrowing one first waits for its "
                    + "validation to fail. Keep no idle connection at INIT (minimumIdle 0), or evict them in a CRaC "
                    + "afterRestore hook (softEvictConnections()).";
        }
        return "A " + source.kind().what() + " is opened during INIT of " + init.handlerName() + " (" + code
                + ") and kept in " + field + ": " + init.snapStartOn()
                + ", so the open connection is in the snapshot, and an environment restored from it, minutes or days "
                + "later, finds it closed by the server or the network: its first calls fail or wait for a timeout. "
                + "Re-open it in a CRaC afterRestore hook (a registered org.crac.Resource), or open it lazily in the "
                + "handler and check it (isValid) before use.";
    }
}
