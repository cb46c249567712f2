package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What several analyses look up in the whole project: method calls by the name called, method references by their
 * identifier, every assignment and increment, every lambda and anonymous class, and the type and annotation names
 * each file writes. Taken in one walk
 * of each file (in the project's file order, each file in pre-order), so that a question about the whole project
 * costs a lookup rather than a walk of every tree.
 */
public final class SyntaxIndex {
    /** The operators that assign their operand. */
    public static final Set<UnaryExpr.Operator> INCREMENTS = EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final Map<String, List<MethodCallExpr>> calls = new HashMap<>();
    private final Map<String, List<MethodReferenceExpr>> references = new HashMap<>();
    private final List<MethodReferenceExpr> allReferences = new ArrayList<>();
    private final List<LambdaExpr> lambdas = new ArrayList<>();
    private final List<ObjectCreationExpr> anonymousClasses = new ArrayList<>();
    private final List<AssignExpr> assignments = new ArrayList<>();
    private final List<UnaryExpr> steps = new ArrayList<>();
    private final Map<CompilationUnit, Set<String>> typesWritten = new IdentityHashMap<>();
    private final Map<CompilationUnit, Set<String>> annotationsWritten = new IdentityHashMap<>();

    SyntaxIndex(List<CompilationUnit> units) {
        for (CompilationUnit unit : units) {
            Set<String> types = new LinkedHashSet<>();
            Set<String> annotations = new LinkedHashSet<>();
            typesWritten.put(unit, types);
            annotationsWritten.put(unit, annotations);
            Trees.walk(unit, node -> {
                if (node instanceof MethodCallExpr call) {
                    calls.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
                } else if (node instanceof MethodReferenceExpr reference) {
                    references.computeIfAbsent(reference.getIdentifier(), k -> new ArrayList<>()).add(reference);
                    allReferences.add(reference);
                } else if (node instanceof LambdaExpr lambda) {
                    lambdas.add(lambda);
                } else if (node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent()) {
                    anonymousClasses.add(creation);
                } else if (node instanceof AssignExpr assign) {
                    assignments.add(assign);
                } else if (node instanceof UnaryExpr unary && INCREMENTS.contains(unary.getOperator())) {
                    steps.add(unary);
                } else if (node instanceof ClassOrInterfaceType type) {
                    // the parser's own name string when there is no scope: no new string to build and hash
                    types.add(type.getScope().isEmpty() ? type.getNameAsString() : type.getNameWithScope());
                } else if (node instanceof AnnotationExpr annotation) {
                    annotations.add(annotation.getNameAsString());
                }
            });
        }
    }

    /** The calls of a method of this name, whatever their receiver. */
    public List<MethodCallExpr> callsNamed(String name) {
        return Collections.unmodifiableList(calls.getOrDefault(name, List.of()));
    }

    /** The names some call in the project calls. */
    public Set<String> calledNames() {
        return Collections.unmodifiableSet(calls.keySet());
    }

    /** The method references ({@code x::name}) of this identifier. */
    public List<MethodReferenceExpr> referencesNamed(String identifier) {
        return Collections.unmodifiableList(references.getOrDefault(identifier, List.of()));
    }

    /** Every method reference ({@code x::name}), in the project's file order. */
    public List<MethodReferenceExpr> methodReferences() {
        return Collections.unmodifiableList(allReferences);
    }

    /** Every lambda, in the project's file order. */
    public List<LambdaExpr> lambdas() {
        return Collections.unmodifiableList(lambdas);
    }

    /** Every {@code new} with a class body of its own, in the project's file order. */
    public List<ObjectCreationExpr> anonymousClasses() {
        return Collections.unmodifiableList(anonymousClasses);
    }

    public List<AssignExpr> assignments() {
        return Collections.unmodifiableList(assignments);
    }

    /** The names of the types written in a file ({@code Map}, {@code java.util.Map}), as written. */
    public Set<String> typesWritten(CompilationUnit unit) {
        return Collections.unmodifiableSet(typesWritten.getOrDefault(unit, Set.of()));
    }

    /** The names of the annotations written in a file, as written. */
    public Set<String> annotationsWritten(CompilationUnit unit) {
        return Collections.unmodifiableSet(annotationsWritten.getOrDefault(unit, Set.of()));
    }

    /** Every {@code ++} and {@code --}, which assign as much as an assignment does. */
    public List<UnaryExpr> increments() {
        return Collections.unmodifiableList(steps);
    }
}
