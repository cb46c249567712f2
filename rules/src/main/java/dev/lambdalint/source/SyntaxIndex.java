package dev.lambdalint.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What several analyses look up in the whole project: method calls by the name called, method references by their
 * identifier, assignments and increments by the name they assign, every lambda, method reference and anonymous
 * class. The names each file writes ({@link Written}) tell which files can answer a question; only
 * those files' trees are read, and their {@link SyntaxFacts} (gathered as each tree was made, or by a walk of a tree
 * made elsewhere) give the nodes, in the project's file order, each file in pre-order. A question asked again is
 * answered from memory.
 */
public final class SyntaxIndex {
    /** The operators that assign their operand. */
    public static final Set<UnaryExpr.Operator> INCREMENTS = EnumSet.of(UnaryExpr.Operator.PREFIX_INCREMENT,
            UnaryExpr.Operator.PREFIX_DECREMENT, UnaryExpr.Operator.POSTFIX_INCREMENT,
            UnaryExpr.Operator.POSTFIX_DECREMENT);

    private final List<SourceFile> sources;
    private final Map<SourceFile, SyntaxFacts> facts = new IdentityHashMap<>();
    private final Map<String, List<MethodCallExpr>> calls = new HashMap<>();
    private final Map<String, List<MethodReferenceExpr>> references = new HashMap<>();
    private final Map<String, List<AssignExpr>> assignments = new HashMap<>();
    private final Map<String, List<UnaryExpr>> steps = new HashMap<>();
    private List<MethodReferenceExpr> allReferences;
    private List<LambdaExpr> lambdas;
    private List<ObjectCreationExpr> anonymousClasses;
    private Set<String> calledNames;

    SyntaxIndex(List<SourceFile> sources) {
        this.sources = sources;
    }

    /** The calls of a method of this name, whatever their receiver. */
    public List<MethodCallExpr> callsNamed(String name) {
        return calls.computeIfAbsent(name, n -> find(w -> w.calls().contains(n), f -> f.calls,
                c -> c.getNameAsString().equals(n)));
    }

    /** The calls of a method of this name in the files whose written names {@code mayHold} accepts. */
    public List<MethodCallExpr> callsNamed(String name, Predicate<Written> mayHold) {
        return find(w -> w.calls().contains(name) && mayHold.test(w), f -> f.calls,
                c -> c.getNameAsString().equals(name));
    }

    /** The names some call in the project calls. */
    public Set<String> calledNames() {
        if (calledNames == null) {
            Set<String> names = new HashSet<>();
            sources.forEach(file -> names.addAll(file.declarations().written().calls()));
            calledNames = Collections.unmodifiableSet(names);
        }
        return calledNames;
    }

    /** The method references ({@code x::name}) of this identifier. */
    public List<MethodReferenceExpr> referencesNamed(String identifier) {
        return references.computeIfAbsent(identifier, n -> find(w -> w.references().contains(n), f -> f.references,
                r -> r.getIdentifier().equals(n)));
    }

    /** Every method reference ({@code x::name}), in the project's file order. */
    public List<MethodReferenceExpr> methodReferences() {
        if (allReferences == null) {
            allReferences = find(Written::methodReferences, f -> f.references, r -> true);
        }
        return allReferences;
    }

    /** Every lambda, in the project's file order. */
    public List<LambdaExpr> lambdas() {
        if (lambdas == null) {
            lambdas = find(Written::lambdas, f -> f.lambdas, l -> true);
        }
        return lambdas;
    }

    /** Every {@code new} with a class body of its own, in the project's file order. */
    public List<ObjectCreationExpr> anonymousClasses() {
        if (anonymousClasses == null) {
            anonymousClasses = find(Written::anonymousClasses, f -> f.anonymousClasses, c -> true);
        }
        return anonymousClasses;
    }

    /** The lambdas and then the method references of one file of the project, each in pre-order. */
    public List<Expression> functionsIn(SourceFile file) {
        SyntaxFacts facts = factsOf(file);
        List<Expression> functions = new ArrayList<>(facts.lambdas);
        functions.addAll(facts.references);
        return functions;
    }

    /** The anonymous classes in the files whose written names {@code mayHold} accepts, in the project's file order. */
    public List<ObjectCreationExpr> anonymousClasses(Predicate<Written> mayHold) {
        return find(w -> w.anonymousClasses() && mayHold.test(w), f -> f.anonymousClasses, c -> true);
    }

    /** The assignments to a name ({@code x = ..}, {@code a.x = ..}, as {@link Trees#nameWritten} names the target). */
    public List<AssignExpr> assignmentsTo(String name) {
        return assignments.computeIfAbsent(name, n -> find(w -> w.assigned().contains(n), f -> f.assignments,
                a -> n.equals(Trees.nameWritten(a.getTarget()))));
    }

    /** The {@code ++} and {@code --} of a name, which assign as much as an assignment does. */
    public List<UnaryExpr> incrementsOf(String name) {
        return steps.computeIfAbsent(name, n -> find(w -> w.incremented().contains(n), f -> f.increments,
                u -> n.equals(Trees.nameWritten(u.getExpression()))));
    }

    /** The nodes of one kind that match, from the files whose written names say they may hold some. */
    private <T extends Node> List<T> find(Predicate<Written> mayHold, Function<SyntaxFacts, List<T>> kind,
                                          Predicate<T> matches) {
        List<T> found = new ArrayList<>();
        for (SourceFile file : sources) {
            if (mayHold.test(file.declarations().written())) {
                for (T node : kind.apply(factsOf(file))) {
                    if (matches.test(node)) {
                        found.add(node);
                    }
                }
            }
        }
        return found.isEmpty() ? List.of() : Collections.unmodifiableList(found);
    }

    /** A file's facts in walk order: read its tree, and walk it when its facts were not gathered as it was made. */
    private SyntaxFacts factsOf(SourceFile file) {
        return facts.computeIfAbsent(file, f -> {
            var unit = f.unit(); // made first: its facts are gathered as it is made
            SyntaxFacts gathered = f.facts() == null ? null : f.facts().inWalkOrder();
            return gathered != null ? gathered : SyntaxFacts.walked(unit);
        });
    }
}
