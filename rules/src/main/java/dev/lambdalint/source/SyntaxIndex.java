package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What several analyses look up in the whole project: method calls by the name called, method references by their
 * identifier, every assignment and increment, every lambda and anonymous class, and the type and annotation names
 * each file writes: each file's {@link SyntaxFacts}, gathered while its tree was made (or by a walk of a tree made
 * elsewhere), joined in the project's file order, each file in pre-order, so that a question about the whole project
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

    SyntaxIndex(List<SourceFile> sources) {
        for (SourceFile source : sources) {
            CompilationUnit unit = source.unit(); // made first: its facts are gathered as it is made
            SyntaxFacts facts = source.facts() == null ? null : source.facts().inWalkOrder();
            if (facts == null) {
                facts = SyntaxFacts.walked(unit);
            }
            for (MethodCallExpr call : facts.calls) {
                calls.computeIfAbsent(call.getNameAsString(), k -> new ArrayList<>()).add(call);
            }
            for (MethodReferenceExpr reference : facts.references) {
                references.computeIfAbsent(reference.getIdentifier(), k -> new ArrayList<>()).add(reference);
            }
            allReferences.addAll(facts.references);
            lambdas.addAll(facts.lambdas);
            anonymousClasses.addAll(facts.anonymousClasses);
            assignments.addAll(facts.assignments);
            steps.addAll(facts.increments);
            typesWritten.put(unit, facts.typesWritten);
            annotationsWritten.put(unit, facts.annotationsWritten);
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
