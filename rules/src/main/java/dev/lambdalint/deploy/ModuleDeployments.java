package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.util.List;
import java.util.function.Predicate;

/**
 * The templates' functions shared out among the modules analyzed together (the {@code aggregate} goal), each function
 * to the modules whose code it runs, decided for each module by {@link ModuleCode} as {@code check} decides it in
 * that module: two modules that both declare {@code helloworld.App}, deployed with their own {@code CodeUri}, each
 * get their own function only.
 */
public final class ModuleDeployments {

    /** One function and the names of the modules whose code it runs; null owners: every module's. */
    record Owned(LambdaFunction function, List<String> owners) {
        boolean ownedBy(String module) {
            return owners == null || owners.contains(module);
        }

        boolean owned() {
            return owners == null || !owners.isEmpty();
        }
    }

    private final List<Owned> functions;
    private final List<CloudResource> resources;
    private final List<ParseProblem> problems;
    private final List<String> notes;

    ModuleDeployments(List<Owned> functions, List<CloudResource> resources, List<ParseProblem> problems,
                      List<String> notes) {
        this.functions = List.copyOf(functions);
        this.resources = List.copyOf(resources);
        this.problems = List.copyOf(problems);
        this.notes = List.copyOf(notes);
    }

    /** Every function that runs some module's code, for what is judged once for all (recorded usage, reports). */
    public Deployment all() {
        return deployment(Owned::owned);
    }

    /** The functions that run this module's code: the ones its handlers are paired with. */
    public Deployment of(String module) {
        return deployment(o -> o.ownedBy(module));
    }

    /** The names of the modules whose code the function runs; empty when no module was named. */
    public List<String> owners(LambdaFunction function) {
        return functions.stream().filter(o -> o.function().equals(function) && o.owners() != null).findFirst()
                .map(Owned::owners).orElse(List.of());
    }

    private Deployment deployment(Predicate<Owned> judged) {
        return new Deployment(functions.stream().filter(judged).map(Owned::function).toList(), resources, problems,
                functions.stream().filter(judged.negate()).map(Owned::function).toList(), notes);
    }
}
