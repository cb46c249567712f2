package dev.lambdalint;

import dev.lambdalint.catalog.Copies;
import java.nio.file.Path;
import java.util.List;

/**
 * One module of a multi-module build, for an analysis that must resolve code as the compiler does: each module
 * sees its own classes and those of the modules it depends on, never a sibling's, so that two modules may both
 * declare {@code helloworld.App}.
 *
 * @param name        the module's name, unique in the request (the build's artifactId)
 * @param sourceRoots its source directories (absolute, or relative to the request's base directory)
 * @param dependsOn   the names of the request's modules it depends on; the analysis follows them transitively
 * @param judged      whether its handlers are judged; false for a module whose sources are only followed into from
 *                    the modules that depend on it (the reactor dependencies of the module {@code check} runs in)
 * @param libraries   {@code groupId:artifactId} of its declared dependencies, by which frameworks are recognised
 * @param directory   the module's folder (absolute, or relative to the request's base directory), by which the
 *                    deployed functions that run its code are told from other modules' ({@code CodeUri} and the
 *                    like); null for the request's base directory
 */
public record SourceModule(String name, List<Path> sourceRoots, List<String> dependsOn, boolean judged,
                           List<String> libraries, Path directory) {

    public SourceModule {
        if (name == null) {
            throw new IllegalArgumentException("a module needs a name");
        }
        sourceRoots = List.copyOf(sourceRoots);
        dependsOn = Copies.listOrEmpty(dependsOn);
        libraries = Copies.listOrEmpty(libraries);
    }

    /** A module in the request's base directory. */
    public SourceModule(String name, List<Path> sourceRoots, List<String> dependsOn, boolean judged,
                        List<String> libraries) {
        this(name, sourceRoots, dependsOn, judged, libraries, null);
    }

    /** A module whose handlers are judged, seeing the modules it depends on. */
    public static SourceModule judged(String name, List<Path> sourceRoots, List<String> dependsOn) {
        return new SourceModule(name, sourceRoots, dependsOn, true, List.of());
    }

    /** A module only followed into: its handlers are not judged here. */
    public static SourceModule dependency(String name, List<Path> sourceRoots, List<String> dependsOn) {
        return new SourceModule(name, sourceRoots, dependsOn, false, List.of());
    }

    public SourceModule withLibraries(List<String> coordinates) {
        return new SourceModule(name, sourceRoots, dependsOn, judged, coordinates, directory);
    }

    /** The same module in {@code folder} (absolute, or relative to the request's base directory). */
    public SourceModule in(Path folder) {
        return new SourceModule(name, sourceRoots, dependsOn, judged, libraries, folder);
    }
}
