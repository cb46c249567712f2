package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ConnectionCatalog;
import dev.lambdalint.catalog.ConnectionOpener;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.LocalTypes;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises, in per-invocation code, the calls the catalog describes: one that opens a connection, one that
 * borrows a connection from a pool built in the same invocation, and the closing of a client, pool or
 * connection that is kept for the life of the execution environment.
 */
public final class ConnectionCalls {
    private final InvocationModel model;
    private final Catalog catalog;
    private final ConnectionCatalog connections;
    private final ClientConstructions constructions;
    private final Getters getters;
    private final HelperReconnects helperReconnects;
    /** The names of the methods some opener calls, and whether some opener is a constructor: asked first. */
    private final Set<String> openerNames = new HashSet<>();
    private boolean anyConstructorOpens;

    /** A shared field closed at {@code at}: by a call, or as a try-with-resources resource. */
    public record Closing(Node at, FieldRef field, boolean tryWithResources) {
    }

    public ConnectionCalls(InvocationModel model, Catalog catalog, ClientConstructions constructions) {
        this.model = model;
        this.catalog = catalog;
        this.connections = catalog.connections();
        this.constructions = constructions;
        this.getters = new Getters(model, catalog.generatedGetters());
        this.helperReconnects = new HelperReconnects(model);
        for (ConnectionOpener opener : connections.opens()) {
            openerNames.addAll(opener.staticMethods());
            openerNames.addAll(opener.methods());
            anyConstructorOpens |= opener.constructor();
        }
    }

    /**
     * A connection opened here and not kept: a reconnect that replaces a kept connection when a check of it
     * fails ({@code if (!DB.isValid(2)) DB = DriverManager.getConnection(...)}) or in a {@code catch} is the
     * recommended way to keep one, not a connection per invocation; so is the same reconnect spread over helpers
     * (see {@link HelperReconnects}).
     */
    public Optional<ConnectionOpener> opensUnkept(Node node, Reach reach) {
        return opens(node, reach.unit()).filter(o -> !reconnectsKept(node, reach)
                && !helperReconnects.keptThroughHelpers(node, reach.unit(), reach.handler()));
    }

    /** A connection opened here, kept or not: what {@link #opensUnkept} asks first, whatever the handler. */
    public Optional<ConnectionOpener> opens(Node node, CodeUnit unit) {
        if (node instanceof ObjectCreationExpr creation) {
            if (!anyConstructorOpens) {
                return Optional.empty();
            }
            return connections.constructor(
                    constructions.typeCandidates(creation.getType().getNameWithScope(), creation));
        }
        if (!(node instanceof MethodCallExpr call) || !openerNames.contains(call.getNameAsString())) {
            return Optional.empty();
        }
        List<String> owners = constructions.staticOwners(call, unit);
        if (!owners.isEmpty()) {
            return connections.staticCall(owners, call.getNameAsString());
        }
        return call.getScope().flatMap(scope ->
                connections.instanceCall(typesOf(scope, unit), call.getNameAsString()));
    }

    private boolean reconnectsKept(Node open, Reach reach) {
        Optional<FieldRef> kept = open.findAncestor(AssignExpr.class)
                .flatMap(a -> model.fields().of(a.getTarget(), reach.unit().thisType()))
                .filter(f -> model.fields().outlivesInvocation(f, reach.handler()));
        return kept.isPresent() && helperReconnects.replacesWhenDead(open, kept.get(), reach.unit(),
                HelperReconnects.checks(open, List.of()));
    }

    /** {@code pool.getConnection()} where the pool is built in this same code (the construction is returned). */
    public Optional<ClientConstructions.Construction> borrowsFromNewPool(Node node, CodeUnit unit) {
        if (!(node instanceof MethodCallExpr call) || call.getScope().isEmpty()
                || !connections.borrows().contains(call.getNameAsString())) {
            return Optional.empty();
        }
        Expression pool = call.getScope().get();
        if (pool instanceof NameExpr name) {
            pool = model.fields().localInitializer(name).orElse(null);
        }
        return pool == null ? Optional.empty() : builtBy(pool, unit);
    }

    /** Whether {@link #closesShared} can find anything at the node, whatever the handler: a close call or a try. */
    public boolean mayCloseShared(Node node) {
        return node instanceof MethodCallExpr call && call.getScope().isPresent()
                && connections.closes().contains(call.getNameAsString())
                || node instanceof TryStmt tryStmt && tryStmt.getResources().isNonEmpty();
    }

    /**
     * A shared client, pool or connection closed here: {@code FIELD.close()} or {@code try (FIELD)}, also when the
     * field is reached through a getter ({@code graph.getClient().close()}) or a local initialised from one.
     */
    public List<Closing> closesShared(Node node, Reach reach) {
        List<Closing> closings = new ArrayList<>();
        CodeUnit unit = reach.unit();
        if (node instanceof MethodCallExpr call && call.getScope().isPresent()
                && connections.closes().contains(call.getNameAsString())) {
            fieldRead(call.getScope().get(), unit).filter(f -> shared(f, reach))
                    .ifPresent(f -> closings.add(new Closing(call, f, false)));
        }
        if (node instanceof TryStmt tryStmt) {
            for (Expression resource : tryStmt.getResources()) {
                List<Expression> values = resource instanceof VariableDeclarationExpr declaration
                        ? declaration.getVariables().stream().flatMap(v -> v.getInitializer().stream()).toList()
                        : List.of(resource);
                for (Expression value : values) {
                    fieldRead(value, unit).filter(f -> shared(f, reach))
                            .ifPresent(f -> closings.add(new Closing(resource, f, true)));
                }
            }
        }
        return closings;
    }

    /**
     * The field whose value an expression is: the field it names, the field a getter call returns, or either of
     * those through a local initialised with it and never assigned again.
     */
    private Optional<FieldRef> fieldRead(Expression expression, CodeUnit unit) {
        Optional<FieldRef> named = model.fields().of(expression, unit.thisType());
        if (named.isPresent()) {
            return named;
        }
        if (expression instanceof MethodCallExpr call) {
            return getters.fieldReturnedBy(call, unit);
        }
        if (expression instanceof NameExpr name && !reassigned(name)) {
            return model.fields().localInitializer(name).filter(MethodCallExpr.class::isInstance)
                    .flatMap(init -> getters.fieldReturnedBy((MethodCallExpr) init, unit));
        }
        return Optional.empty();
    }

    private static boolean reassigned(NameExpr local) {
        Optional<CallableDeclaration> callable = local.findAncestor(CallableDeclaration.class);
        return callable.isEmpty() || Trees.findAll(callable.get(), AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr target
                        && target.getNameAsString().equals(local.getNameAsString()));
    }

    /** Built once and kept: it outlives the invocation, no per-invocation code replaces it, and it is a client. */
    private boolean shared(FieldRef field, Reach reach) {
        if (!model.fields().outlivesInvocation(field, reach.handler()) || model.assignedPerInvocation(field)) {
            return false;
        }
        List<String> types = model.fields().typeCandidates(field.variable().getType(), field.variable());
        return catalog.isClientType(types) || connections.sharedType(types)
                || field.variable().getInitializer().map(i -> builtBy(i, reach.unit()).isPresent()).orElse(false);
    }

    /** The client construction that yields this expression's value (it may go on past it: new Pool().get()). */
    private Optional<ClientConstructions.Construction> builtBy(Expression expression, CodeUnit unit) {
        for (Node node : Trees.findAll(expression, Node.class)) {
            Optional<ClientConstructions.Construction> built = constructions.at(node, unit);
            if (built.isPresent() && onChain(built.get(), expression)) {
                return built;
            }
        }
        return Optional.empty();
    }

    private static boolean onChain(ClientConstructions.Construction construction, Expression expression) {
        for (Node n = construction.start(); n != null; n = n.getParentNode().orElse(null)) {
            if (n == expression) {
                return true;
            }
            if (n == construction.whole()) {
                return false;
            }
        }
        return false;
    }

    /** The types a receiver may have: as its variable is declared, else as the call resolver types it. */
    private List<String> typesOf(Expression receiver, CodeUnit unit) {
        Optional<Node> declaration = model.calls().declarationOf(receiver, unit);
        Type declared = declaration.map(d -> d instanceof VariableDeclarator v ? v.getType()
                : d instanceof Parameter p ? p.getType() : null).orElse(null);
        if (declared != null && !LocalTypes.inferred(declared, model.index())) {
            return model.fields().typeCandidates(declared, declaration.get());
        }
        return model.calls().typeOf(receiver, unit).filter(t -> !t.equals(CallResolver.EXTERNAL))
                .map(t -> t.contains(".") ? List.of(t) : constructions.typeCandidates(t, receiver))
                .orElse(List.of());
    }
}
