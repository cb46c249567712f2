package dev.lambdalint.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The projects of a Gradle multi-project build that one project's code depends on, read from the text of the build
 * scripts (Groovy or Kotlin DSL), so that calls into their sources are followed as the compiler sees them: the
 * settings file in or above the project names the projects ({@code include ':shared'}) and, when it moves one, its
 * folder ({@code project(':shared').projectDir = file('libs/shared')}); each project's build script names those it
 * compiles against ({@code implementation project(':shared')}, {@code api(project(":core"))}, the type-safe
 * {@code implementation(projects.sharedLib)}), test configurations
 * left out; and so on, transitively. Nothing is run: a dependency the text does not spell out (through a variable,
 * a loop, a convention plugin) is not followed.
 */
public final class GradleProjects {
    private static final List<String> SETTINGS = List.of("settings.gradle", "settings.gradle.kts");
    private static final List<String> BUILDS = List.of("build.gradle", "build.gradle.kts");
    /** The configurations whose projects the code compiles against. */
    private static final Set<String> COMPILED_AGAINST = Set.of("implementation", "api", "compile", "compileonly",
            "compileonlyapi");
    private static final Pattern INCLUDE = Pattern.compile("\\binclude\\b[ \\t]*\\(?((?:[^\\n]*,[ \\t]*\\n)*[^\\n]*)");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"\\n]+)['\"]");
    private static final Pattern MOVED = Pattern.compile("project\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)\\.projectDir\\s*=\\s*"
            + "(?:file|new\\s+File|File)\\(\\s*(?:(?:rootDir|settingsDir)\\s*,\\s*)?['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "(\\w+)[ \\t]*\\(?[ \\t]*project\\(\\s*(?:path\\s*[:=]\\s*)?['\"]([^'\"]+)['\"]");
    /** {@code implementation(projects.sharedLib)}: Gradle's type-safe project accessors. */
    private static final Pattern ACCESSOR = Pattern.compile("(\\w+)[ \\t]*\\(?[ \\t]*projects\\.([\\w.]+)");
    private static final Pattern WORD_BREAK = Pattern.compile("[-_]+(\\w)");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?<![:'\"])//[^\\n]*", Pattern.DOTALL);

    /** A project of the build: its path ({@code :shared}), folder, and the projects it compiles against. */
    public record Project(String path, Path directory, List<String> dependsOn) {
    }

    /** The projects found, and the build's problems worth a line (a script that cannot be read). */
    public record Dependencies(Optional<Project> self, List<Project> projects, List<String> problems) {
    }

    private GradleProjects() {
    }

    /**
     * The project in {@code projectDir} and the projects it compiles against, transitively, in the order met. The
     * settings file is the first in the project's folder or a folder above it, as Gradle looks for it; none, or one
     * that does not include the project, means no dependency. A project with a {@code pom.xml} is a Maven project,
     * whose modules Maven tells ({@code followReactorDependencies}): none.
     */
    public static Dependencies of(Path projectDir) {
        Path project = projectDir.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        if (Files.isRegularFile(project.resolve(ProjectPom.FILE_NAME))) {
            return new Dependencies(Optional.empty(), List.of(), problems); // a Maven project: its reactor tells
        }
        for (Path dir = project; dir != null; dir = dir.getParent()) {
            Optional<Path> settings = firstExisting(dir, SETTINGS);
            if (settings.isPresent()) {
                return read(settings.get(), project, problems);
            }
        }
        return new Dependencies(Optional.empty(), List.of(), problems);
    }

    private static Dependencies read(Path settingsFile, Path project, List<String> problems) {
        Path root = settingsFile.getParent();
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put(":", root);
        String settings = text(settingsFile, problems);
        Matcher include = INCLUDE.matcher(settings);
        while (include.find()) {
            Matcher name = QUOTED.matcher(include.group(1));
            while (name.find()) {
                String path = projectPath(name.group(1));
                folders.put(path, root.resolve(path.substring(1).replace(':', '/')).normalize());
            }
        }
        Matcher moved = MOVED.matcher(settings);
        while (moved.find()) {
            String path = projectPath(moved.group(1));
            if (folders.containsKey(path)) {
                folders.put(path, root.resolve(moved.group(2)).normalize());
            }
        }
        String self = folders.entrySet().stream().filter(e -> e.getValue().equals(project)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (self == null) {
            return new Dependencies(Optional.empty(), List.of(), problems);
        }
        Map<String, Project> found = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of(self));
        for (int i = 0; i < queue.size(); i++) {
            String path = queue.get(i);
            List<String> dependsOn = dependsOn(folders.get(path), folders.keySet(), problems);
            found.put(path, new Project(path, folders.get(path), dependsOn));
            dependsOn.stream().filter(d -> !queue.contains(d)).forEach(queue::add);
        }
        Project selfProject = found.remove(self);
        return new Dependencies(Optional.of(selfProject), List.copyOf(found.values()), problems);
    }

    /** The included projects the project's build script compiles against. */
    private static List<String> dependsOn(Path folder, Set<String> included, List<String> problems) {
        Optional<Path> build = firstExisting(folder, BUILDS);
        List<String> result = new ArrayList<>();
        if (build.isEmpty()) {
            return result;
        }
        String script = text(build.get(), problems);
        Map<String, String> byAccessor = new LinkedHashMap<>();
        included.forEach(path -> byAccessor.put(accessor(path), path));
        TreeMap<Integer, String> byPlace = new TreeMap<>(); // in the order the script names them
        for (Pattern pattern : List.of(DEPENDENCY, ACCESSOR)) {
            Matcher dependency = pattern.matcher(script);
            while (dependency.find()) {
                String path = pattern == DEPENDENCY ? projectPath(dependency.group(2))
                        : byAccessor.get(dependency.group(2));
                if (COMPILED_AGAINST.contains(dependency.group(1).toLowerCase(Locale.ROOT)) && path != null
                        && included.contains(path)) {
                    byPlace.put(dependency.start(), path);
                }
            }
        }
        byPlace.values().stream().distinct().forEach(result::add);
        return result;
    }

    /** {@code :libs:shared-core}: {@code libs.sharedCore}, as Gradle names a project's type-safe accessor. */
    static String accessor(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.substring(1).split(":")) {
            segments.add(WORD_BREAK.matcher(segment).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT)));
        }
        return String.join(".", segments);
    }

    /** {@code shared}, {@code :shared}: {@code :shared}. */
    private static String projectPath(String written) {
        String path = written.trim();
        return path.startsWith(":") ? path : ":" + path;
    }

    private static Optional<Path> firstExisting(Path dir, List<String> names) {
        return names.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    private static String text(Path file, List<String> problems) {
        try {
            return COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": cannot be read (" + e.getClass().getSimpleName() + "), so the projects it names"
                    + " are not followed");
            return "";
        }
    }
}
