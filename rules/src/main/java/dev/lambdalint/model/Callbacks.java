package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.LibraryCallback;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Project code handed to a library that calls it back per record of each invocation's event (the catalog's
 * {@code callbacks}): a method reference, a lambda, or an object or class literal of a project type whose named
 * methods the library calls. The call that hands it over may run once (in a constructor); the code it hands over
 * runs per invocation.
 */
final class Callbacks {
    /** Code {@code callback} that the library call {@code library} (at {@code at}, in {@code in}) will call back. */
    record Registration(CodeUnit callback, String library, CodeUnit in, Node at) {
    }

    private final ProjectIndex index;
    private final CallResolver calls;
    private final Catalog catalog;
    private final Map<CodeUnit, List<Registration>> byUnit = new HashMap<>();
    private final Map<Node, Boolean> mayRegister = new IdentityHashMap<>();
    private Boolean anyInProject;

    Callbacks(ProjectIndex index, CallResolver calls, Catalog catalog) {
        this.index = index;
        this.calls = calls;
        this.catalog = catalog;
    }

    /** Whether the project calls any method a callback library takes functions with: else nothing is looked for. */
    boolean anyInProject() {
        if (anyInProject == null) {
            anyInProject = !catalog.callbacks().isEmpty()
                    && index.syntax().calledNames().stream().anyMatch(catalog::isCallbackName);
        }
        return anyInProject;
    }

    /** The callbacks the unit's nodes hand to a library. */
    List<Registration> in(CodeUnit unit, Supplier<List<Node>> nodes) {
        // a cheap look at the declaration's call names first: a base class's code is asked once per subclass
        if (!mayRegister.computeIfAbsent(unit.declaration(), d -> !Trees.findAll(d, MethodCallExpr.class,
                c -> catalog.isCallbackName(c.getNameAsString())).isEmpty())) {
            return List.of();
        }
        List<Registration> known = byUnit.get(unit);
        if (known != null) {
            return known;
        }
        List<Registration> found = new ArrayList<>();
        for (Node node : nodes.get()) {
            if (node instanceof MethodCallExpr call && catalog.isCallbackName(call.getNameAsString())) {
                library(call, unit).ifPresent(library -> addHanded(call, library, unit, found));
            }
        }
        List<Registration> result = found.isEmpty() ? List.of() : List.copyOf(found);
        byUnit.put(unit, result);
        return result;
    }

    private void addHanded(MethodCallExpr call, LibraryCallback library, CodeUnit unit, List<Registration> found) {
        String step = library.what() + " (" + call.getNameAsString() + ")";
        for (Expression argument : call.getArguments()) {
            for (CodeUnit callback : handed(argument, library, unit)) {
                found.add(new Registration(callback, step, unit, argument));
            }
        }
    }

    /** The library whose call this is, judged by the type it is on or the type its fluent chain starts from. */
    private Optional<LibraryCallback> library(MethodCallExpr call, CodeUnit unit) {
        String name = call.getNameAsString();
        List<String> statics = calls.staticOwners(call, unit);
        for (LibraryCallback library : catalog.callbacks()) {
            if (library.staticMethods().contains(name) && library.covers(statics)) {
                return Optional.of(library);
            }
        }
        List<String> chain = statics.isEmpty() ? chainTypes(call, unit) : List.of();
        return catalog.callbacks().stream()
                .filter(library -> library.methods().contains(name) && library.covers(chain)).findFirst();
    }

    /** The types of the links of a fluent chain: its receiver's, and those of the calls and creation it starts from. */
    private List<String> chainTypes(MethodCallExpr call, CodeUnit unit) {
        List<String> types = new ArrayList<>();
        Expression e = call.getScope().orElse(null);
        while (e instanceof MethodCallExpr link) {
            types.addAll(calls.staticOwners(link, unit));
            e = link.getScope().orElse(null);
        }
        if (e instanceof ObjectCreationExpr creation) {
            types.addAll(calls.typeCandidates(creation.getType().getNameWithScope(), creation));
        } else if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            calls.declarationOf(e, unit).flatMap(Callbacks::declaredType)
                    .filter(ClassOrInterfaceType.class::isInstance).map(ClassOrInterfaceType.class::cast)
                    .ifPresent(t -> types.addAll(calls.typeCandidates(t.getNameWithScope(), t)));
        }
        return types;
    }

    private static Optional<Type> declaredType(Node declaration) {
        if (declaration instanceof VariableDeclarator v) {
            return Optional.of(v.getType());
        }
        return declaration instanceof Parameter p ? Optional.of(p.getType()) : Optional.empty();
    }

    /** The project code an argument hands over: none for an argument that is no function of the project. */
    private List<CodeUnit> handed(Expression argument, LibraryCallback library, CodeUnit unit) {
        if (argument instanceof MethodReferenceExpr reference) {
            return calls.targets(reference, unit);
        }
        if (argument instanceof LambdaExpr lambda) {
            return List.of(new CodeUnit(lambda, unit.ownerType(), unit.thisType(),
                    "lambda in " + unit.displayName()));
        }
        if (library.functionMethods().isEmpty()) {
            return List.of();
        }
        Optional<String> type = Optional.empty();
        if (argument instanceof ClassExpr literal) {
            type = calls.typeName(literal.getType(), literal);
        } else if (argument instanceof ObjectCreationExpr creation) {
            if (creation.getAnonymousClassBody().isPresent()) {
                return anonymousMethods(creation, library, unit);
            }
            type = calls.typeName(creation.getType(), creation);
        } else if (argument instanceof NameExpr || argument instanceof FieldAccessExpr) {
            type = calls.typeOf(argument, unit);
        }
        return type.filter(index::contains).map(t -> functionMethods(t, library)).orElse(List.of());
    }

    private List<CodeUnit> functionMethods(String type, LibraryCallback library) {
        LinkedHashSet<CodeUnit> result = new LinkedHashSet<>();
        for (String owner : index.ancestry(type)) {
            index.type(owner).ifPresent(declaration -> declaration.getMethods().stream()
                    .filter(m -> m.getBody().isPresent() && library.functionMethods().contains(m.getNameAsString()))
                    .forEach(m -> result.add(calls.unit(m, owner, type))));
        }
        return List.copyOf(result);
    }

    private List<CodeUnit> anonymousMethods(ObjectCreationExpr creation, LibraryCallback library, CodeUnit unit) {
        List<CodeUnit> result = new ArrayList<>();
        for (var member : creation.getAnonymousClassBody().get()) {
            if (member instanceof MethodDeclaration m && m.getBody().isPresent()
                    && library.functionMethods().contains(m.getNameAsString())) {
                result.add(new CodeUnit(m, unit.ownerType(), unit.thisType(),
                        "anonymous " + m.getNameAsString() + " in " + unit.displayName()));
            }
        }
        return result;
    }
}
