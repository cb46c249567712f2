package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import java.util.ArrayList;
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
    private static final String ANY = "*";

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

    /** The simple names of the types the project's lambdas and method references are written for. */
    private Set<String> lambdaTargets() {
        if (lambdaTargets == null) {
            lambdaTargets = new HashSet<>();
            List<Expression> functions = new ArrayList<>(model.index().syntax().lambdas());
            functions.addAll(model.index().syntax().methodReferences());
            for (Expression function : functions) {
                lambdaTargets.addAll(writtenFor(function));
                if (lambdaTargets.contains(ANY)) {
                    break; // every functional interface may be a lambda's: the other names change nothing
                }
            }
        }
        return lambdaTargets;
    }

    /**
     * The type a lambda or method reference implements, as far as where it is written tells; a call's parameter types
     * {@link #lambdaTargets} holds already may be left out.
     */
    private Set<String> writtenFor(Expression function) {
        Expression at = function;
        Node parent = at.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof ConditionalExpr c && c.getCondition() != at) {
            at = (Expression) parent;
            parent = at.getParentNode().orElse(null);
        }
        if (parent instanceof VariableDeclarator v) {
            return simpleName(v.getType());
        }
        if (parent instanceof CastExpr cast) {
            return simpleName(cast.getType());
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == at) {
            Optional<Type> target = calls.declaredType(assign.getTarget());
            return target.isPresent() ? simpleName(target.get()) : Set.of(ANY);
        }
        if (parent instanceof ReturnStmt ret) {
            Node owner = ret.findAncestor(n -> n instanceof LambdaExpr || n instanceof CallableDeclaration<?>,
                    Node.class).orElse(null);
            return owner instanceof MethodDeclaration m ? simpleName(m.getType()) : Set.of(ANY);
        }
        if (parent instanceof MethodCallExpr call && CallTargets.indexOf(call, at) >= 0) {
            String name = call.getNameAsString();
            Set<String> names = parameterTypes.computeIfAbsent(name, n -> new HashMap<>())
                    .computeIfAbsent(CallTargets.indexOf(call, at), position -> parameterTypes(name, position));
            // names known already add nothing, whoever's method it is: only new ones need the receiver typed
            if (lambdaTargets.containsAll(names) || libraryReceiver(call)) {
                return Set.of(); // written for a library's type, or for no project method of the name
            }
            return names;
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation
                && CallTargets.indexOf(invocation, at) >= 0) {
            Optional<List<CallableDeclaration<?>>> targets = calls.targets(invocation);
            int position = CallTargets.indexOf(invocation, at);
            Set<String> names = new HashSet<>();
            targets.orElse(List.of()).forEach(c -> names.addAll(simpleName(c.getParameter(position).getType())));
            return targets.isPresent() ? names : Set.of(ANY);
        }
        if (parent instanceof ObjectCreationExpr creation && CallTargets.indexOf(creation, at) >= 0) {
            Optional<String> type = calls.projectType(creation);
            if (type.isEmpty()) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (CallableDeclaration<?> c : calls.constructors(type.get(), creation.getArguments().size())) {
                names.addAll(simpleName(c.getParameter(CallTargets.indexOf(creation, at)).getType()));
            }
            return names;
        }
        return Set.of(ANY);
    }

    /** The simple names of the types the project's methods of the name take at the position. */
    private Set<String> parameterTypes(String name, int position) {
        Set<String> names = new HashSet<>();
        for (CallableDeclaration<?> m : model.index().methodsNamedAnywhere(name)) {
            NodeList<Parameter> parameters = m.getParameters();
            if (parameters.size() > position) {
                names.addAll(simpleName(parameters.get(position).getType()));
            } else if (parameters.isNonEmpty() && parameters.getLast().orElseThrow().isVarArgs()) {
                names.addAll(simpleName(parameters.getLast().orElseThrow().getType()));
            }
        }
        return names;
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

    /** A class or interface type's simple name; none for a primitive or an array, which no lambda implements. */
    private static Set<String> simpleName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return Set.of(c.getNameAsString());
        }
        return type.isVarType() || type.isUnknownType() ? Set.of(ANY) : Set.of();
    }
}
