package dev.lambdalint.maven;

import dev.lambdalint.SourceModule;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * The build's modules as the engine resolves code: which reactor projects a module depends on (its declared
 * dependencies that are projects of the same build, transitively through their own), their source roots, and
 * every module's declared libraries (by which the engine recognises frameworks). Read from the project models,
 * so it needs no dependency resolution and works when the goal runs alone.
 */
final class ReactorModules {
    /** Scopes whose classes the module's main code can call; test code is never analyzed. */
    private static final Set<String> MAIN_SCOPES = Set.of("compile", "provided", "system");

    private final Map<String, MavenProject> byCoordinates = new LinkedHashMap<>();
    private final Function<MavenProject, List<Path>> sourceRoots;

    /**
     * @param reactor     the build's projects
     * @param sourceRoots a project's existing source roots to analyze
     */
    ReactorModules(List<MavenProject> reactor, MavenProject current, Function<MavenProject, List<Path>> sourceRoots) {
        this.sourceRoots = sourceRoots;
        for (MavenProject project : reactor) {
            byCoordinates.putIfAbsent(coordinates(project), project);
        }
        byCoordinates.putIfAbsent(coordinates(current), current);
    }

    /** The session's projects: all of the build's, also those {@code -pl} leaves out of this run. */
    static ReactorModules of(MavenSession session, MavenProject current,
                             Function<MavenProject, List<Path>> sourceRoots) {
        List<MavenProject> all = session == null ? null : session.getAllProjects();
        if (all == null || all.isEmpty()) {
            all = session == null || session.getProjects() == null ? List.of() : session.getProjects();
        }
        return new ReactorModules(all, current, sourceRoots);
    }

    /**
     * For {@code check} in one module: the module, judged, and the reactor projects it depends on, only followed
     * into; with {@code followDependencies} off, the module alone.
     */
    List<SourceModule> forCheck(MavenProject project, boolean followDependencies) {
        List<SourceModule> modules = new ArrayList<>();
        List<MavenProject> dependencies = followDependencies ? reactorDependencies(project) : List.of();
        modules.add(module(project, true, dependencies));
        for (MavenProject dependency : dependencies) {
            modules.add(module(dependency, false, directReactorDependencies(dependency)));
        }
        return modules;
    }

    /**
     * For {@code aggregate}: every module with sources, judged, each seeing the reactor projects it depends on, in its
     * folder, by which the deployed functions that run its code are its own.
     */
    List<SourceModule> forAggregate(List<MavenProject> projects) {
        List<SourceModule> modules = new ArrayList<>();
        for (MavenProject project : projects) {
            if (!"pom".equals(project.getPackaging())) {
                modules.add(module(project, true, directReactorDependencies(project)));
            }
        }
        return modules;
    }

    /** The reactor projects a project depends on, transitively, nearest first. */
    List<MavenProject> reactorDependencies(MavenProject project) {
        Map<String, MavenProject> found = new LinkedHashMap<>();
        ArrayDeque<MavenProject> queue = new ArrayDeque<>(directReactorDependencies(project));
        while (!queue.isEmpty()) {
            MavenProject next = queue.poll();
            if (!next.equals(project) && found.putIfAbsent(coordinates(next), next) == null) {
                queue.addAll(directReactorDependencies(next));
            }
        }
        return new ArrayList<>(found.values());
    }

    private SourceModule module(MavenProject project, boolean judged, List<MavenProject> dependsOn) {
        return new SourceModule(coordinates(project), sourceRoots.apply(project),
                dependsOn.stream().map(ReactorModules::coordinates).toList(), judged, libraries(project),
                project.getBasedir() == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize());
    }

    private List<MavenProject> directReactorDependencies(MavenProject project) {
        List<MavenProject> result = new ArrayList<>();
        for (Dependency dependency : mainDependencies(project)) {
            MavenProject reactor = byCoordinates.get(dependency.getGroupId() + ":" + dependency.getArtifactId());
            if (reactor != null && !reactor.equals(project) && !result.contains(reactor)) {
                result.add(reactor);
            }
        }
        return result;
    }

    private static List<String> libraries(MavenProject project) {
        return mainDependencies(project).stream().map(d -> d.getGroupId() + ":" + d.getArtifactId()).distinct()
                .sorted().toList();
    }

    private static List<Dependency> mainDependencies(MavenProject project) {
        List<Dependency> dependencies = project.getDependencies() == null ? List.of() : project.getDependencies();
        return dependencies.stream()
                .filter(d -> d.getScope() == null || MAIN_SCOPES.contains(d.getScope()))
                .filter(d -> !"test-jar".equals(d.getType()))
                .toList();
    }

    static String coordinates(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }
}
