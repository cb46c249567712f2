package dev.lambdalint.check;

import dev.lambdalint.analysis.KeepAliveSettings;
import dev.lambdalint.analysis.ConnectionCalls;
import dev.lambdalint.analysis.ClientConstructions;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.Severity;
import dev.lambdalint.catalog.ConnectionOpener;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.Optional;

/**
 * Connections not reused across invocations: one opened in per-invocation code (or taken from a pool built in
 * the same invocation), a client or connection kept for the execution environment but closed per invocation,
 * and HTTP keep-alive turned off anywhere the handler's code runs (its initialisation included).
 */
@RuleMeta(id = "connection-per-invocation", severity = Severity.ERROR,
        summary = "A connection is opened on every invocation instead of reused, a shared client is closed "
                + "inside the handler, or HTTP keep-alive is turned off.",
        tags = {"performance", "reliability", "lambda"})
public final class ConnectionPerInvocation implements Rule {

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        ClientConstructions constructions = new ClientConstructions(model, context.catalog());
        ConnectionCalls connections = new ConnectionCalls(model, context.catalog(), constructions);
        for (Reach first : model.firstReaches()) {
            for (Node node : model.executedNodes(first.unit())) {
                Optional<ClientConstructions.Construction> borrowed = connections.borrowsFromNewPool(node,
                        first.unit());
                boolean opens = connections.opens(node, first.unit()).isPresent();
                if (!opens && !connections.mayCloseShared(node)) {
                    borrowed.ifPresent(pool -> context.report(this, first, at(node), borrowed(model, first, pool)));
                    continue;
                }
                // whether the connection or client is kept depends on the handler (the fields it keeps alive)
                for (Reach reach : model.reachesOf(first.unit())) {
                    if (opens) {
                        connections.opensUnkept(node, reach).ifPresent(opener ->
                                context.report(this, reach, at(node), opened(model, reach, opener)));
                    }
                    if (reach == first) {
                        borrowed.ifPresent(pool -> context.report(this, first, at(node), borrowed(model, first,
                                pool)));
                    }
                    for (ConnectionCalls.Closing closing : connections.closesShared(node, reach)) {
                        context.report(this, reach, at(closing.at()), closed(model, reach, closing));
                    }
                }
            }
        }
        KeepAliveSettings keepAlive = new KeepAliveSettings(model, context.catalog().keepAliveOff(), constructions);
        for (Reach reach : model.everRunFirstReaches()) {
            for (Node node : model.allNodes(reach.unit())) {
                keepAlive.turnedOff(node, reach.unit()).ifPresent(what ->
                        context.report(this, reach, at(node), keepAliveOff(what)));
            }
        }
    }

    /** A call in a chain that spans lines is reported where its name is, not where the chain starts. */
    private static Node at(Node node) {
        return node instanceof MethodCallExpr call ? call.getName() : node;
    }

    private static String opened(InvocationModel model, Reach reach, ConnectionOpener opener) {
        return "A " + opener.what() + " is opened on every invocation of " + entry(model, reach) + ": every call "
                + "pays a new TCP (and TLS) handshake and authentication, and under load each concurrent execution "
                + "environment opens connection after connection, which can exhaust the server's connection limit."
                + " " + ContextAdvice.or(model, reach, () -> "Instead, " + opener.advice() + "."
                + (opener.docs() == null ? "" : " " + opener.docs()));
    }

    private static String borrowed(InvocationModel model, Reach reach, ClientConstructions.Construction pool) {
        return "A connection is taken from a " + pool.match().clientName() + " (" + pool.match().family().family()
                + ") built in this same invocation of " + entry(model, reach) + ": the pool starts empty, so every "
                + "call opens a fresh connection and then throws the pool away."
                + " " + ContextAdvice.or(model, reach, () -> "Build the pool once in a static field or the "
                + "constructor and borrow from it per invocation.");
    }

    private static String closed(InvocationModel model, Reach reach, ConnectionCalls.Closing closing) {
        FieldRef field = closing.field();
        String type = field.variable().getType() instanceof ClassOrInterfaceType c ? c.getNameAsString()
                : field.variable().getType().asString();
        String how = closing.tryWithResources() ? "is the resource of a try-with-resources, which closes it"
                : "is closed";
        return field.name() + " (" + type + ") is built once per execution environment but " + how + " on every "
                + "invocation of " + entry(model, reach) + ": the next invocation in this warm environment gets a "
                + "closed client or connection (or has to reconnect). Keep it open: it lives as long as the "
                + "execution environment; close only what one invocation opens.";
    }

    private static String keepAliveOff(String what) {
        return "HTTP keep-alive is turned off by " + what + ": every request opens a new TCP and TLS connection "
                + "instead of reusing the one the previous invocation left warm, adding a handshake's latency to "
                + "each call. Remove it and let the client keep connections alive.";
    }

    private static String entry(InvocationModel model, Reach reach) {
        Handler handler = reach.handler();
        return model.index().displayName(handler.type()) + "." + handler.method();
    }
}
