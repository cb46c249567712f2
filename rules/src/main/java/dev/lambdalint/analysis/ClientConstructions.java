package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ClientFamily;
import dev.lambdalint.catalog.ClientMatch;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises the expressions that build a client, as the catalog describes them: {@code new T(...)},
 * {@code T.factory(...)}, and {@code T.builder()...build()} (a builder never built is not a client), also when the
 * builder is kept in a local variable and built later ({@code b = T.builder(); b.region(r); b.build()}: the client
 * is built where {@code build()} is called), and {@code new P(...)} of a project class P extending or implementing
 * one of the catalog's types. The same recognition serves any other catalog families described the same way, such
 * as reusable objects.
 */
public final class ClientConstructions {
    private final InvocationModel model;
    private final List<ClientFamily> families;
    /** The names of the families' static factories and builder methods: no other static call can start a client. */
    private final Set<String> staticNames = new HashSet<>();
    /** The names of the families' build calls: no other call builds a client kept in a local builder. */
    private final Set<String> buildNames = new HashSet<>();
    private final Map<List<String>, Optional<ClientMatch>> constructorMatches = new ConcurrentHashMap<>();
    private final Map<String, Optional<ClientMatch>> subtypeMatches = new ConcurrentHashMap<>();

    public ClientConstructions(InvocationModel model, Catalog catalog) {
        this(model, catalog.clients());
    }

    public ClientConstructions(InvocationModel model, List<ClientFamily> families) {
        this.model = model;
        this.families = List.copyOf(families);
        this.families.forEach(f -> {
            staticNames.addAll(f.factories());
            staticNames.addAll(f.builders());
            buildNames.addAll(f.buildMethods());
        });
    }

    /**
     * A client construction that starts at this node, with the whole construction expression. {@code fromLocal}:
     * the start is the {@code build()} call on a builder kept in a local variable, configured before it.
     */
    public record Construction(ClientMatch match, Expression start, Expression whole, boolean fromLocal) {

        /**
         * The call that makes the object, whose arguments say which object it is: the build link of a builder chain
         * ({@code getSchema(text)} of {@code JsonSchemaFactory.getInstance(V7).getSchema(text)}), else the start.
         */
        public Expression made() {
            if (fromLocal || !match.needsBuildCall()) {
                return start;
            }
            for (Expression e = start; e.getParentNode().orElse(null) instanceof MethodCallExpr link
                    && link.getScope().orElse(null) == e; e = link) {
                if (match.family().buildMethods().contains(link.getNameAsString())) {
                    return link;
                }
            }
            return start;
        }
    }

    public Optional<Construction> at(Node node, CodeUnit unit) {
        Optional<ClientMatch> match = startingMatch(node, unit);
        if (match.isEmpty()) {
            return node instanceof MethodCallExpr call ? builtFromLocal(call, unit) : Optional.empty();
        }
        Expression start = (Expression) node;
        Expression whole = Trees.chainTop(start);
        boolean built = !match.get().needsBuildCall() || callsBuild(start, whole, match.get());
        return built ? Optional.of(new Construction(match.get(), start, whole, false)) : Optional.empty();
    }

    /** The catalog entry a construction begins with at this node ({@code new T}, {@code T.builder()}), built or not. */
    private Optional<ClientMatch> startingMatch(Node node, CodeUnit unit) {
        Optional<ClientMatch> match = Optional.empty();
        if (node instanceof ObjectCreationExpr creation) {
            List<String> types = typeCandidates(creation.getType().getNameWithScope(), creation);
            // every family's globs against each candidate, and against each ancestor: once per type, not per `new`
            match = constructorMatches.computeIfAbsent(types, t -> Catalog.constructor(families, t));
            if (match.isEmpty() && types.size() == 1 && model.index().contains(types.get(0))
                    && creation.getAnonymousClassBody().isEmpty()) {
                // the project's own client: a class implementing or extending a catalog client type
                match = subtypeMatches.computeIfAbsent(types.get(0),
                        t -> Catalog.projectSubtype(families, t, model.index().possibleAncestors(t)));
            }
        } else if (node instanceof MethodCallExpr call) {
            match = staticCall(call, unit);
        }
        return match.filter(m -> !insideOwnType(node, m.ownerType()));
    }

    /** Whether a link of the chain from just above {@code start} up to {@code whole} is one of the family's builds. */
    private static boolean callsBuild(Expression start, Expression whole, ClientMatch match) {
        for (Expression e = whole; e != start && e instanceof MethodCallExpr call; e = call.getScope().orElse(null)) {
            if (match.family().buildMethods().contains(call.getNameAsString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code b.build()} where {@code b} is a local, or a field nothing assigns again, whose initializer begins a
     * construction of a builder family and is not yet built: the client is built here. Any other value of {@code b}
     * (a parameter, a field assigned elsewhere, a client) is not.
     */
    private Optional<Construction> builtFromLocal(MethodCallExpr call, CodeUnit unit) {
        if (!buildNames.contains(call.getNameAsString()) || !(call.getScope().orElse(null) instanceof NameExpr name)) {
            return Optional.empty();
        }
        Optional<Expression> initializer = model.calls().declarationOf(name, unit)
                .filter(d -> d instanceof VariableDeclarator v
                        && (v.getParentNode().orElse(null) instanceof VariableDeclarationExpr || onlyInitialized(v)))
                .flatMap(d -> ((VariableDeclarator) d).getInitializer());
        if (initializer.isEmpty()) {
            return Optional.empty();
        }
        Expression start = initializer.get();
        Optional<ClientMatch> match = startingMatch(start, unit);
        for (Expression e = start; e instanceof MethodCallExpr link && link.getScope().isPresent(); ) {
            e = link.getScope().get();
            Optional<ClientMatch> inner = startingMatch(e, unit);
            if (inner.isPresent()) {
                start = e;
                match = inner;
            }
        }
        if (match.isEmpty() || !match.get().needsBuildCall()
                || !match.get().family().buildMethods().contains(call.getNameAsString())
                || callsBuild(start, initializer.get(), match.get())) {
            return Optional.empty();
        }
        return Optional.of(new Construction(match.get(), call, Trees.chainTop(call), true));
    }

    /** A field whose value is its initializer's: final, or assigned nowhere in the file that declares it. */
    private static boolean onlyInitialized(VariableDeclarator variable) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
            return false;
        }
        return field.isFinal() || Trees.findAll(Trees.unitOf(variable), AssignExpr.class).stream()
                .noneMatch(a -> variable.getNameAsString().equals(Trees.nameWritten(a.getTarget())));
    }

    /** A client type's own factories and builders construct it; that is the client's code, not a use. */
    private boolean insideOwnType(Node node, String ownerType) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && model.index().nameOf(type) != null
                    && (ownerType.equals(model.index().nameOf(type))
                        || ownerType.startsWith(model.index().nameOf(type) + "."))) {
                return true;
            }
        }
        return false;
    }

    private Optional<ClientMatch> staticCall(MethodCallExpr call, CodeUnit unit) {
        if (!staticNames.contains(call.getNameAsString())) {
            return Optional.empty();
        }
        return Catalog.staticCall(families, staticOwners(call, unit), call.getNameAsString());
    }

    /** The types a call may be static on ({@code Owner.method()}, a static import); none when on a variable. */
    public List<String> staticOwners(MethodCallExpr call, CodeUnit unit) {
        return model.calls().staticOwners(call, unit);
    }

    /** A project type if the name means one, else every external type it could mean. */
    public List<String> typeCandidates(String written, Node context) {
        return model.calls().typeCandidates(written, context);
    }

    /** What a call's receiver may be: its declared type (every type its name could mean), or the client built there. */
    public List<String> receiverTypes(Expression scope, CodeUnit unit) {
        Optional<String> declared = model.calls().typeOf(scope, unit).filter(t -> !t.equals(CallResolver.EXTERNAL));
        if (declared.isPresent()) {
            return declared.get().contains(".") ? List.of(declared.get())
                    : model.index().resolver(scope).candidates(declared.get(), scope);
        }
        Expression built = model.calls().declarationOf(scope, unit)
                .filter(d -> d instanceof VariableDeclarator v
                        && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                .flatMap(d -> ((VariableDeclarator) d).getInitializer())
                .orElse(scope);
        for (Expression e = built; e != null; e = e instanceof MethodCallExpr m ? m.getScope().orElse(null) : null) {
            Optional<Construction> construction = at(e, unit);
            if (construction.isPresent()) {
                return List.of(construction.get().match().ownerType());
            }
        }
        return List.of();
    }
}
