package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.FunctionSite;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.Trees;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which project interfaces a lambda or method reference of the project may implement: those named (by their simple
 * name) where one is written, a variable, cast, return type or the parameter of project code it is passed to; where
 * that cannot be told, any. Code such an interface's call runs may then be out of sight.
 */
final class LambdaTargets {
    private static final String ANY = FunctionSite.ANY;

    private final InvocationModel model;
    private final CallTargets calls;
    private Set<String> lambdaTargets;
    /** {@link #parameterTypes} by method name and position: many lambdas are passed to methods of one name. */
    private final Map<String, Map<Integer, Set<String>>> parameterTypes = new HashMap<>();

    LambdaTargets(InvocationModel model, CallTargets calls) {
        this.model = model;
        this.calls = calls;
    }

    /**
     * An interface with one abstract method that some lambda or method reference of the project may implement,
     * out of sight: one written where that interface (by its simple name) or an unknown type is expected.
     */
    boolean mayBeLambda(String type) {
        boolean functional = model.index().type(type).map(t -> t instanceof ClassOrInterfaceDeclaration c
                && c.isInterface() && c.getMethods().stream().filter(m -> m.getBody().isEmpty() && !m.isStatic())
                .count() <= 1).orElse(false);
        return functional && (lambdaTargets().contains(ANY)
                || lambdaTargets().contains(type.substring(type.lastIndexOf('.') + 1)));
    }

    /**
     * The simple names of the types the project's lambdas and method references are written for. What each file's
     * own code says is read from its declarations; a file's tree is read only when one of its sites needs typing:
     * an assignment's target, a constructor's parameter, or a call whose project methods of the name take types not
     * counted yet (a call on a library type adds none).
     */
    private Set<String> lambdaTargets() {
        if (lambdaTargets == null) {
            lambdaTargets = new HashSet<>();
            List<SourceFile> files = model.index().files();
            for (SourceFile file : files) {
                for (FunctionSite site : file.declarations().written().functionSites()) {
                    if (site.kind() == FunctionSite.Kind.WRITTEN) {
                        lambdaTargets.addAll(site.names());
                    }
                }
                if (lambdaTargets.contains(ANY)) {
                    return lambdaTargets; // every functional interface may be a lambda's: the other names change nothing
                }
            }
            for (SourceFile file : files) {
                if (file.declarations().written().functionSites().stream().anyMatch(this::mayAdd)) {
                    for (Expression function : model.index().syntax().functionsIn(file)) {
                        lambdaTargets.addAll(writtenFor(function));
                        if (lambdaTargets.contains(ANY)) {
                            return lambdaTargets;
                        }
                    }
                }
            }
        }
        return lambdaTargets;
    }

    /** Whether the site may add a name: one only typing tells, or a call whose methods take types not counted yet. */
    private boolean mayAdd(FunctionSite site) {
        return site.kind() == FunctionSite.Kind.TYPED || site.kind() == FunctionSite.Kind.CALL_ARGUMENT
                && !lambdaTargets.containsAll(parameterTypes(site.method(), site.position()));
    }

    /**
     * The type a lambda or method reference implements, as far as where it is written tells; a call's parameter types
     * {@link #lambdaTargets} holds already may be left out.
     */
    private Set<String> writtenFor(Expression function) {
        FunctionSite site = FunctionSite.of(function);
        if (site.kind() == FunctionSite.Kind.WRITTEN) {
            return site.names();
        }
        FunctionSite.Place place = FunctionSite.placeOf(function);
        Node parent = place.holder();
        int position = site.position();
        if (site.kind() == FunctionSite.Kind.CALL_ARGUMENT) {
            Set<String> names = parameterTypes(site.method(), position);
            // names known already add nothing, whoever's method it is: only new ones need the receiver typed
            if (lambdaTargets.containsAll(names) || libraryReceiver((MethodCallExpr) parent)) {
                return Set.of(); // written for a library's type, or for no project method of the name
            }
            return names;
        }
        if (parent instanceof AssignExpr assign) {
            Optional<Type> target = calls.declaredType(assign.getTarget());
            return target.isPresent() ? FunctionSite.simpleName(target.get()) : Set.of(ANY);
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation) {
            int argument = Trees.argumentIndex(invocation, place.at());
            Optional<List<CallableDeclaration<?>>> targets = calls.targets(invocation);
            Set<String> names = new HashSet<>();
            targets.orElse(List.of()).forEach(c -> names.addAll(FunctionSite.simpleName(c.getParameter(argument)
                    .getType())));
            return targets.isPresent() ? names : Set.of(ANY);
        }
        ObjectCreationExpr creation = (ObjectCreationExpr) parent;
        Optional<String> type = calls.projectType(creation);
        if (type.isEmpty()) {
            return Set.of();
        }
        int argument = Trees.argumentIndex(creation, place.at());
        Set<String> names = new HashSet<>();
        for (CallableDeclaration<?> c : calls.constructors(type.get(), creation.getArguments().size())) {
            names.addAll(FunctionSite.simpleName(c.getParameter(argument).getType()));
        }
        return names;
    }

    /** The simple names of the types the project's methods of the name take at the position; no tree is read. */
    private Set<String> parameterTypes(String name, int position) {
        return parameterTypes.computeIfAbsent(name, n -> new HashMap<>()).computeIfAbsent(position, p -> {
            Set<String> names = new HashSet<>();
            for (Declarations.MethodShape m : model.index().methodShapes(name)) {
                String type = m.parameters() > p ? m.parameterTypes().get(p)
                        : m.parameters() > 0 && m.varargs() ? m.parameterTypes().get(m.parameters() - 1) : "";
                if (!type.isEmpty()) {
                    names.add(type);
                }
            }
            return names;
        });
    }

    /** Whether the call's receiver is, as far as it can be told, of a library type, or a library type itself. */
    private boolean libraryReceiver(MethodCallExpr call) {
        Optional<Expression> scope = call.getScope().map(CallTargets::withoutParentheses);
        Optional<CodeUnit> unit = call.findAncestor(CallableDeclaration.class).flatMap(model.calls()::unitOf);
        if (scope.isEmpty() || unit.isEmpty() || scope.get() instanceof ThisExpr || scope.get() instanceof SuperExpr) {
            return false;
        }
        Optional<String> type = model.calls().staticTypeReference(scope.get(), unit.get())
                .or(() -> model.calls().typeOf(scope.get(), unit.get()));
        return type.isPresent() && !type.get().equals(CallResolver.EXTERNAL) && !model.index().contains(type.get());
    }
}
