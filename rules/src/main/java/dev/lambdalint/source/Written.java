package dev.lambdalint.source;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The names a file's code writes, by which the project's syntax index knows which trees to read for a question:
 * each class or interface type as written ({@code Map}, {@code java.util.Map}), each annotation's name, the names
 * called, the identifiers of method references ({@code x::name}), the names assigned and incremented (as
 * {@link Trees#nameWritten} gives them), those a plain {@code =} in a method assigns by the top-level type whose
 * code it is, whether it has lambdas, method references and anonymous classes, and where each lambda and method
 * reference is written ({@link FunctionSite}, each distinct place once), the names calls' receivers come down
 * to, and the simple names of the types its anonymous classes extend or implement.
 */
public record Written(Set<String> types, Set<String> annotations, Set<String> calls, Set<String> references,
                      Set<String> assigned, Set<String> incremented, Map<String, Set<String>> assignedInMethods,
                      boolean lambdas, boolean methodReferences, boolean anonymousClasses,
                      Set<FunctionSite> functionSites, Set<String> receivers, Set<String> anonymousTypes) {
    static Written of(SyntaxFacts facts, UnaryOperator<String> shared) {
        return new Written(NameSet.of(facts.typesWritten, shared), NameSet.of(facts.annotationsWritten, shared),
                names(facts.calls, c -> c.getNameAsString(), shared),
                names(facts.references, r -> r.getIdentifier(), shared),
                names(facts.assignments, a -> Trees.nameWritten(a.getTarget()), shared),
                names(facts.increments, u -> Trees.nameWritten(u.getExpression()), shared),
                assignedInMethods(facts.assignments, shared), !facts.lambdas.isEmpty(),
                !facts.references.isEmpty(), !facts.anonymousClasses.isEmpty(), functionSites(facts, shared),
                receivers(facts, shared), names(facts.anonymousClasses, c -> c.getType().getNameAsString(), shared));
    }

    /**
     * The names calls' receivers come down to ({@code map} in {@code map.remove(k)}, {@code this.map.keySet()
     * .remove(k)}, {@code ((Map) other.map).clear()}), and what a variable of such a name is initialized with
     * comes down to (a local alias of a field): more than the names a call can be on, never fewer.
     */
    private static Set<String> receivers(SyntaxFacts facts, UnaryOperator<String> shared) {
        Set<String> names = new java.util.HashSet<>();
        for (MethodCallExpr call : facts.calls) {
            call.getScope().map(Trees::receiverName).ifPresent(names::add);
        }
        for (VariableDeclarator variable : facts.initialized) {
            if (names.contains(variable.getNameAsString())) {
                String aliased = Trees.receiverName(variable.getInitializer().orElseThrow());
                if (aliased != null) {
                    names.add(aliased);
                }
            }
        }
        return NameSet.of(names, shared);
    }

    /** The distinct places the file's lambdas and method references are written in, in no order. */
    private static Set<FunctionSite> functionSites(SyntaxFacts facts, UnaryOperator<String> shared) {
        Set<FunctionSite> sites = new java.util.HashSet<>();
        facts.lambdas.forEach(l -> sites.add(FunctionSite.of(l).shared(shared)));
        facts.references.forEach(r -> sites.add(FunctionSite.of(r).shared(shared)));
        return sites.isEmpty() ? Set.of() : Set.copyOf(sites);
    }

    /** The names a plain {@code =} in a method's code assigns, by the top-level type whose code it is. */
    private static Map<String, Set<String>> assignedInMethods(List<AssignExpr> assignments,
                                                              UnaryOperator<String> shared) {
        Map<String, List<String>> byType = new java.util.HashMap<>();
        for (AssignExpr assign : assignments) {
            String name = Trees.nameWritten(assign.getTarget());
            if (name != null && assign.getOperator() == AssignExpr.Operator.ASSIGN
                    && assign.findAncestor(MethodDeclaration.class).isPresent()) {
                byType.computeIfAbsent(Trees.topLevelType(assign).getNameAsString(), k -> new ArrayList<>())
                        .add(name);
            }
        }
        Map<String, Set<String>> sets = new java.util.HashMap<>();
        byType.forEach((type, names) -> sets.put(shared.apply(type), NameSet.of(names, shared)));
        return sets.isEmpty() ? Map.of() : Map.copyOf(sets);
    }

    private static <T> Set<String> names(List<T> nodes, java.util.function.Function<T, String> name,
                                         UnaryOperator<String> shared) {
        List<String> names = new ArrayList<>();
        for (T node : nodes) {
            String n = name.apply(node);
            if (n != null) {
                names.add(n);
            }
        }
        return NameSet.of(names, shared);
    }
}
