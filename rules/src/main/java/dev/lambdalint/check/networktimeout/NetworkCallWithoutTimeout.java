package dev.lambdalint.check.networktimeout;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.Severity;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.NetworkTimeouts;
import dev.lambdalint.catalog.TypePattern;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.Setting;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per-invocation network calls whose library waits forever by default: an HttpURLConnection without connect and
 * read timeouts, a socket without a read timeout, {@code URL.openStream()}, and calls of a java.net.http or Apache
 * HttpClient built with no timeout on a request with none (the client may be built once, at INIT; java.net.http's
 * connectTimeout bounds only the connection, so there only the request's timeout counts), and a library
 * future of a connection awaited with no bound (SSHD's {@code verify()}). What the
 * libraries are and which settings bound them is the catalog's {@code networkTimeouts}. Quiet where the making of
 * the client, request or connection is not all in sight; a client that no setting of its own can bound
 * (java.net.http's) need not be.
 */
@RuleMeta(id = "network-call-without-timeout", severity = Severity.WARNING,
        summary = "A per-invocation network call whose library default waits forever: no connect, read or "
                + "response timeout is set.",
        tags = {"reliability", "cost", "lambda"})
public final class NetworkCallWithoutTimeout implements Rule {
    private static final String SYSTEM = "java.lang.System";
    private static final String TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    /** How many helpers deep a returned connection is followed into its callers. */
    private static final int MAX_RETURN_DEPTH = 4;

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        NetworkTimeouts timeouts = context.catalog().networkTimeouts();
        ClientConstructions clients = new ClientConstructions(model, context.catalog());
        CallPatterns patterns = new CallPatterns(clients);
        Making making = new Making(model);
        Set<String> projectProperties = systemProperties(model, patterns);
        Map<Handler, Set<String>> byHandler = new HashMap<>();
        for (Handler handler : model.handlers()) {
            Set<String> properties = new TreeSet<>(projectProperties);
            properties.addAll(toolOptions(context, handler));
            byHandler.put(handler, properties);
        }
        // the verdict depends on the handler only through its properties: when all have the same, the first reach
        // of each unit is enough; otherwise each unit is judged once per set of properties, lowest ranked reach first
        boolean alike = new HashSet<>(byHandler.values()).size() <= 1;
        for (Reach first : model.firstReaches()) {
            Set<Set<String>> judged = new HashSet<>();
            for (Reach reach : alike ? List.of(first) : model.reachesOf(first.unit())) {
                if (judged.add(byHandler.get(reach.handler()))) {
                    check(context, reach, byHandler.get(reach.handler()), timeouts, clients, patterns, making);
                }
            }
        }
    }

    private void check(RuleContext context, Reach reach, Set<String> properties, NetworkTimeouts timeouts,
                       ClientConstructions clients, CallPatterns patterns, Making making) {
        InvocationModel model = context.model();
        CodeUnit unit = reach.unit();
        for (Node node : model.executedNodes(unit)) {
            if (!(node instanceof MethodCallExpr || node instanceof ObjectCreationExpr)) {
                continue; // every pattern of the catalog is a call or a construction
            }
            // whether the call reads a local URL is asked only of the calls that would be reported: tracing how a
            // receiver is made is the costly part
            for (NetworkTimeouts.TimedConnection connection : timeouts.connections()) {
                if (patterns.matches(node, unit, connection.opens())
                        && !localUrl(node, unit, making, timeouts.localUrls())) {
                    missingSetters((Expression) node, unit, connection, properties, making, model)
                            .ifPresent(missing -> context.report(this, reach, at(node),
                                    connectionMessage(model, reach, node, connection, missing)));
                }
            }
            Optional<CallPattern> noTimeout = patterns.match(node, unit, timeouts.noTimeout());
            if (noTimeout.isPresent() && !boundByProperties(noTimeout.get(), timeouts, properties)
                    && !localUrl(node, unit, making, timeouts.localUrls())) {
                context.report(this, reach, at(node), noTimeoutMessage(model, reach, noTimeout.get(),
                        urlConnection(noTimeout.get(), timeouts)));
            }
            if (node instanceof MethodCallExpr awaited && awaited.getArguments().isEmpty()) {
                awaitedFuture(awaited, unit, timeouts.awaits(), patterns).ifPresent(future -> context.report(this,
                        reach, awaited.getName(), awaitMessage(model, reach, awaited, future)));
            }
            if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
                for (NetworkTimeouts.TimedClient client : timeouts.clients()) {
                    Optional<MethodCallExpr> await = client.asyncCalls().contains(call.getNameAsString())
                            ? unboundedAwait(call, client) : Optional.empty();
                    if ((client.calls().contains(call.getNameAsString()) || await.isPresent())
                            && client.covers(patterns.receiverTypes(call, unit))) {
                        Optional<Making.Result> unboundedClient = unbounded(call, unit, client, making, clients,
                                patterns);
                        if (unboundedClient.isPresent() && !localUrl(node, unit, making, timeouts.localUrls())) {
                            context.report(this, reach, call.getName(), clientMessage(model, reach, call, await,
                                    client, unboundedClient.get()));
                        }
                    }
                }
            }
        }
    }

    /**
     * The library future a wait with no argument is made on: typed from the receiver's declaration, or, awaited
     * straight on a library call's result ({@code client.connect(..).verify()}), from the call the catalog says
     * returns it.
     */
    private static Optional<NetworkTimeouts.AwaitedFuture> awaitedFuture(MethodCallExpr wait, CodeUnit unit,
                                                                        List<NetworkTimeouts.AwaitedFuture> futures,
                                                                        CallPatterns patterns) {
        Expression scope = wait.getScope().orElse(null);
        if (scope == null) {
            return Optional.empty();
        }
        for (NetworkTimeouts.AwaitedFuture future : futures) {
            if (!future.waits().contains(wait.getNameAsString())) {
                continue;
            }
            if (future.covers(patterns.receiverTypes(wait, unit))
                    || scope instanceof MethodCallExpr producer && future.returnedBy() != null
                            && patterns.matches(producer, unit, future.returnedBy())) {
                return Optional.of(future);
            }
        }
        return Optional.empty();
    }

    /** A call on a URL made from a class-path resource or a file ({@code getResource(..).openStream()}): no network. */
    private static boolean localUrl(Node node, CodeUnit unit, Making making, NetworkTimeouts.LocalUrls local) {
        if (!(node instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return false;
        }
        for (Expression part : making.of(call.getScope().get(), unit).parts()) {
            if (Trees.findAll(part, MethodCallExpr.class).stream().anyMatch(c -> local.calls().contains(c.getNameAsString()))
                    || Trees.findAll(part, StringLiteralExpr.class).stream()
                            .anyMatch(l -> local.schemes().stream().anyMatch(l.asString()::startsWith))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The setters a per-invocation connection lacks, when it lacks any: looked for on the local holding it, in the
     * project methods it is handed to, and, when a helper returns it, where its per-invocation callers use it. A
     * connection kept in a field, handed to code not in sight, or returned to a caller that stores or passes it on
     * may be set up there: empty.
     */
    private static Optional<List<String>> missingSetters(Expression opened, CodeUnit unit,
                                                         NetworkTimeouts.TimedConnection connection,
                                                         Set<String> properties, Making making,
                                                         InvocationModel model) {
        Node value = opened;
        while (value.getParentNode().orElse(null) instanceof CastExpr
                || value.getParentNode().orElse(null) instanceof EnclosedExpr) {
            value = value.getParentNode().get();
        }
        Node parent = value.getParentNode().orElse(null);
        Node local = null;
        if (parent instanceof VariableDeclarator declared
                && declared.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            local = declared;
        } else if (parent instanceof AssignExpr assign && assign.getValue() == value) {
            local = model.calls().declarationOf(assign.getTarget(), unit)
                    .filter(d -> d.getParentNode().orElse(null) instanceof VariableDeclarationExpr).orElse(null);
        }
        Set<String> called = new LinkedHashSet<>();
        if (local != null) {
            if (!setUp((VariableDeclarator) local, unit, making, model, called, 0)) {
                return Optional.empty();
            }
        } else if (!(parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == value)) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        connection.setters().forEach((setter, property) -> {
            if (!called.contains(setter) && (property == null || !properties.contains(property))) {
                missing.add(setter);
            }
        });
        return missing.isEmpty() ? Optional.empty() : Optional.of(missing);
    }

    /**
     * Collects the calls made on the local, also those a project method it is handed to makes on its parameter, and
     * those its method's per-invocation callers make on it when it is returned; false when the local is handed to
     * code not in sight, stored, or returned where that cannot be followed.
     */
    private static boolean setUp(VariableDeclarator local, CodeUnit unit, Making making, InvocationModel model,
                                 Set<String> called, int depth) {
        making.callsOn(local, unit).forEach(c -> called.add(c.getNameAsString()));
        Node body = local.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(null);
        if (body == null) {
            return false;
        }
        for (NameExpr use : Trees.findAll(body, NameExpr.class)) {
            if (!use.getNameAsString().equals(local.getNameAsString())
                    || model.calls().declarationOf(use, unit).orElse(null) != local) {
                continue;
            }
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof ReturnStmt) {
                if (!(body instanceof CallableDeclaration<?> method) || insideLambda(parent, method)
                        || !usedWhereReturned(method, making, model, called, depth)) {
                    return false;
                }
                continue;
            }
            if (parent instanceof AssignExpr assign && assign.getValue() == use) {
                return false;
            }
            if (parent instanceof NodeWithArguments<?> call && call.getArguments().contains(use)) {
                List<CodeUnit> callees = model.calls().targets(parent, unit);
                if (callees.isEmpty()) {
                    return false;
                }
                int index = call.getArguments().indexOf(use);
                for (CodeUnit callee : callees) {
                    if (callee.declaration() instanceof CallableDeclaration<?> method
                            && index < method.getParameters().size()) {
                        String parameter = method.getParameter(index).getNameAsString();
                        Trees.findAll(method, MethodCallExpr.class).stream()
                                .filter(c -> c.getScope().orElse(null) instanceof NameExpr n
                                        && n.getNameAsString().equals(parameter))
                                .forEach(c -> called.add(c.getNameAsString()));
                    }
                }
            }
        }
        return true;
    }

    /** Whether a node lies in a lambda within the method (a return there is the lambda's). */
    private static boolean insideLambda(Node node, Node method) {
        for (Node n = node; n != null && n != method; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr) {
                return true;
            }
        }
        return false;
    }

    /**
     * Collects what the per-invocation callers of a method do with the connection it returns: the call chained on
     * the returned value ({@code open(url).getResponseCode()}), or the calls on the local they keep it in. False when
     * no per-invocation code calls the method, or a caller does anything else with it.
     */
    private static boolean usedWhereReturned(CallableDeclaration<?> method, Making making, InvocationModel model,
                                             Set<String> called, int depth) {
        List<InvocationModel.CallSite> sites = model.callSitesOf(method);
        if (sites.isEmpty() || depth >= MAX_RETURN_DEPTH) {
            return false;
        }
        for (InvocationModel.CallSite site : sites) {
            Node value = site.node();
            while (value.getParentNode().orElse(null) instanceof CastExpr
                    || value.getParentNode().orElse(null) instanceof EnclosedExpr) {
                value = value.getParentNode().get();
            }
            Node parent = value.getParentNode().orElse(null);
            if (!(site.node() instanceof MethodCallExpr)) {
                return false;
            }
            if (parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == value) {
                called.add(chained.getNameAsString());
            } else if (parent instanceof VariableDeclarator kept
                    && kept.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
                if (!setUp(kept, site.caller(), making, model, called, depth + 1)) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * The client's making, when a client call waits with no bound: the client and every argument are made in sight,
     * no per-call context is given, and neither the client's making nor the request's sets a timeout. For a library
     * whose clients take no timeout, the client may come from anywhere; its making is then an incomplete one unless
     * it is built as a client in sight. Empty when the call may be bounded.
     */
    private static Optional<Making.Result> unbounded(MethodCallExpr call, CodeUnit unit,
                                                     NetworkTimeouts.TimedClient client, Making making,
                                                     ClientConstructions clients, CallPatterns patterns) {
        Making.Result made = making.of(call.getScope().get(), unit);
        boolean inSight = made.complete() && builtAsClient(made, unit, clients);
        // a library whose clients take no timeout (java.net.http) is bounded by the request alone, wherever the
        // client is made
        if (!client.clientSettings().isEmpty() && (!inSight || made.calls(client.clientSettings()))) {
            return Optional.empty();
        }
        boolean requestInSight = false;
        for (Expression argument : call.getArguments()) {
            if (client.isContext(argumentTypes(argument, unit, clients, patterns))) {
                return Optional.empty();
            }
            Making.Result request = making.of(argument, unit);
            if (!request.complete() || request.calls(client.requestSettings())) {
                return Optional.empty();
            }
            requestInSight |= builtByLibrary(request, unit, client, clients);
        }
        if (!inSight && !requestInSight) {
            return Optional.empty();
        }
        return Optional.of(inSight ? made : new Making.Result(List.of(), false));
    }

    /**
     * The wait with no bound that the expression sending a request ends in ({@code client.sendAsync(..).join()},
     * also through {@code thenApply(..)} and the like): empty when the future is bounded on the way
     * ({@code orTimeout}), awaited with a bound ({@code get(5, SECONDS)}), or leaves the expression (kept, returned,
     * combined), where what waits for it is not followed.
     */
    private static Optional<MethodCallExpr> unboundedAwait(MethodCallExpr sent, NetworkTimeouts.TimedClient client) {
        Node value = sent;
        while (value.getParentNode().orElse(null) instanceof MethodCallExpr link
                && link.getScope().orElse(null) == value) {
            if (client.futureBounds().contains(link.getNameAsString())) {
                return Optional.empty();
            }
            if (client.futureWaits().contains(link.getNameAsString())) {
                return link.getArguments().isEmpty() ? Optional.of(link) : Optional.empty();
            }
            value = link;
        }
        return Optional.empty();
    }

    /**
     * Whether an argument's making is a request built by the library's own builder, every way it is made: a request a
     * vendor's factory hands over may carry a timeout.
     */
    private static boolean builtByLibrary(Making.Result request, CodeUnit unit, NetworkTimeouts.TimedClient client,
                                          ClientConstructions clients) {
        return !request.parts().isEmpty() && request.parts().stream()
                .allMatch(part -> startsAtBuilderOf(part, unit, client.requestTypes(), clients));
    }

    /** Whether the part is a link of a chain that starts at a static call on one of the types. */
    private static boolean startsAtBuilderOf(Expression part, CodeUnit unit, List<String> types,
                                             ClientConstructions clients) {
        Expression link = part;
        while (link instanceof MethodCallExpr call && call.getScope().isPresent()
                && call.getScope().get() instanceof MethodCallExpr inner) {
            link = inner;
        }
        return link instanceof MethodCallExpr start && start.getScope().isPresent()
                && clients.staticOwners(start, unit).stream().anyMatch(owner -> TypePattern.anyMatches(types, owner));
    }

    /** The settings of the client's making that bound only the connection, not the wait for the response. */
    private static List<String> connectOnly(Making.Result made, NetworkTimeouts.TimedClient client) {
        return client.connectSettings().stream().filter(setting -> made.calls(List.of(setting))).toList();
    }

    private static String requestSettings(NetworkTimeouts.TimedClient client) {
        return String.join(" or ", client.requestSettings().stream().map(s -> s + "(..)").toList());
    }

    private static boolean builtAsClient(Making.Result made, CodeUnit unit, ClientConstructions clients) {
        for (Expression part : made.parts()) {
            for (Node node : Trees.findAll(part, Node.class)) {
                if (clients.at(node, unit).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> argumentTypes(Expression argument, CodeUnit unit, ClientConstructions clients,
                                              CallPatterns patterns) {
        List<String> types = new ArrayList<>(clients.receiverTypes(argument, unit));
        if (argument instanceof ObjectCreationExpr creation) {
            types.addAll(clients.typeCandidates(creation.getType().getNameWithScope(), creation));
        }
        if (argument instanceof MethodCallExpr call) {
            types.addAll(clients.staticOwners(call, unit));
        }
        return types;
    }

    /** The system properties the project's code sets with {@code System.setProperty("name", ..)}. */
    private static Set<String> systemProperties(InvocationModel model, CallPatterns patterns) {
        Set<String> properties = new TreeSet<>();
        for (MethodCallExpr call : model.index().syntax().callsNamed("setProperty")) {
            if (call.getArguments().size() == 2 && call.getArgument(0) instanceof StringLiteralExpr name
                    && call.getScope().map(Object::toString).filter(s -> s.equals("System") || s.equals(SYSTEM))
                            .isPresent()) {
                properties.add(name.asString());
            }
        }
        return properties;
    }

    /** The system properties the functions running the handler set in JAVA_TOOL_OPTIONS ({@code -Dname=value}). */
    private static Set<String> toolOptions(RuleContext context, Handler handler) {
        Set<String> properties = new TreeSet<>();
        for (LambdaFunction function : context.deployment().functionsRunning(handler.type(), handler.method())) {
            Setting options = function.environment().get(TOOL_OPTIONS);
            if (options != null) {
                options.value().literal().ifPresent(text -> {
                    for (String option : text.trim().split("\\s+")) {
                        if (option.startsWith("-D") && option.contains("=")) {
                            properties.add(option.substring(2, option.indexOf('=')));
                        }
                    }
                });
            }
        }
        return properties;
    }

    /** The connection whose opener is on the same type as the no-timeout call: its properties bound both. */
    private static NetworkTimeouts.TimedConnection urlConnection(CallPattern call, NetworkTimeouts timeouts) {
        return timeouts.connections().stream().filter(c -> c.opens().types().stream()
                .anyMatch(call.types()::contains)).findFirst().orElse(null);
    }

    private static boolean boundByProperties(CallPattern call, NetworkTimeouts timeouts, Set<String> properties) {
        NetworkTimeouts.TimedConnection connection = urlConnection(call, timeouts);
        return connection != null && !connection.setters().isEmpty()
                && connection.setters().values().stream().allMatch(p -> p != null && properties.contains(p));
    }

    private static Node at(Node node) {
        return node instanceof MethodCallExpr call ? call.getName() : node;
    }

    private static String entry(InvocationModel model, Reach reach) {
        return model.index().displayName(reach.handler().type()) + "." + reach.handler().method();
    }

    private static String connectionMessage(InvocationModel model, Reach reach, Node node,
                                            NetworkTimeouts.TimedConnection connection, List<String> missing) {
        return capitalized(connection.opens().what()) + " opened on every invocation of " + entry(model, reach) + " ("
                + CodeText.of(node) + ") gets no " + String.join(" or ", missing) + ", and its default is to wait "
                + "forever: a server that does not answer holds the invocation until the function's own timeout kills "
                + "it, billed in full, and the caller sees a timeout instead of an error it could handle. "
                + capitalized(connection.advice()) + ".";
    }

    private static String noTimeoutMessage(InvocationModel model, Reach reach, CallPattern call,
                                           NetworkTimeouts.TimedConnection connection) {
        return call.what() + " on every invocation of " + entry(model, reach) + " connects and reads with no "
                + "timeout, and cannot be given one: a server that does not answer holds the invocation until the "
                + "function's own timeout kills it, billed in full. Open the connection with openConnection() and "
                + (connection == null ? "set its timeouts" : connection.advice()) + ".";
    }

    private static String awaitMessage(InvocationModel model, Reach reach, MethodCallExpr wait,
                                       NetworkTimeouts.AwaitedFuture future) {
        return capitalized(future.what()) + " (" + CodeText.of(wait) + ") on every invocation of "
                + entry(model, reach) + " waits with no bound: a server that does not answer holds the invocation "
                + "until the function's own timeout kills it, billed in full, and the caller sees a timeout instead "
                + "of an error it could handle. " + capitalized(future.advice()) + ".";
    }

    private static String clientMessage(InvocationModel model, Reach reach, MethodCallExpr call,
                                        Optional<MethodCallExpr> await, NetworkTimeouts.TimedClient client,
                                        Making.Result madeClient) {
        String sent = entry(model, reach) + " sends a request with " + client.what() + " (" + CodeText.of(call)
                + await.map(wait -> ", awaited with " + wait.getNameAsString() + "()").orElse("") + ")";
        if (!madeClient.complete()) {
            return sent + " whose request has no " + requestSettings(client) + ": the library's clients take no "
                    + "timeout for the response, wherever this one is made, so a slow or silent server holds the "
                    + "invocation until the function's own timeout kills it, billed in full. "
                    + capitalized(client.advice()) + ".";
        }
        List<String> connectOnly = connectOnly(madeClient, client);
        if (connectOnly.isEmpty()) {
            return sent + " on a client built with no timeout, and the request sets none: by the library's defaults "
                    + "it waits for the response with no bound, so a slow or silent server holds the invocation until "
                    + "the function's own timeout kills it, billed in full. " + capitalized(client.advice()) + ".";
        }
        return sent + " on a client built with " + String.join(" and ", connectOnly) + ", which "
                + (connectOnly.size() == 1 ? "bounds" : "bound") + " only the connection: the request has no "
                + requestSettings(client) + ", so a server that accepts the connection and never answers holds the "
                + "invocation until the function's own timeout kills it, billed in full. "
                + capitalized(client.advice()) + ".";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
