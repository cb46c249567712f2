package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.ProjectPaths;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the deployment templates: in a directory, {@code template.yaml}/{@code .yml}/{@code .json},
 * {@code *.template.json}, {@code serverless.yml}/{@code .yaml} and the stacks of {@code cdk.out/manifest.json};
 * a named file by its name. By default the project base is searched; a {@code templates} list replaces it.
 */
public final class TemplateFiles {
    private static final List<String> CLOUDFORMATION_NAMES = List.of("template.yaml", "template.yml", "template.json");
    private static final List<String> SERVERLESS_NAMES = List.of("serverless.yml", "serverless.yaml");
    static final String CDK_MANIFEST = "manifest.json";
    /** As many links as Linux follows before it calls them a loop. */
    private static final int MAX_LINKS = 40;

    /** The templates to read, and every file they were found through (manifests too), for the analysis cache. */
    public record Found(List<TemplateFile> templates, List<Path> inputs) {
    }

    private final Path baseDir;
    private final Map<Path, TemplateFile> templates = new LinkedHashMap<>();
    private final TreeSet<Path> inputs = new TreeSet<>();
    private final List<ParseProblem> problems;

    private TemplateFiles(Path baseDir, List<ParseProblem> problems) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /**
     * @param named    files or directories (absolute, or relative to {@code baseDir}); empty to search the base
     * @param problems where a named template that is missing, or a broken CDK manifest, is reported
     */
    public static Found find(Path baseDir, List<Path> named, List<ParseProblem> problems) {
        TemplateFiles files = new TemplateFiles(baseDir, problems);
        if (named.isEmpty()) {
            files.searchDirectory(files.baseDir, false);
        }
        for (Path path : named) {
            files.addNamed(files.baseDir.resolve(path).normalize());
        }
        return new Found(List.copyOf(files.templates.values()), List.copyOf(files.inputs));
    }

    private void addNamed(Path path) {
        if (Files.isDirectory(path)) {
            searchDirectory(path, true);
        } else if (!Files.isRegularFile(path)) {
            String why = whyNoFile(path);
            problems.add(new ParseProblem(relative(path), 1, 1, "the template named in the configuration "
                    + (why != null ? "is " + why : Files.exists(path) ? "is not a regular file" : "does not exist")
                    + ", so it was not analyzed"));
        } else if (path.getFileName().toString().equals(CDK_MANIFEST)) {
            CdkManifest manifest = new CdkManifest(this::relative, problems);
            manifest.stacks(path)
                    .forEach((template, stack) -> add(template, TemplateFile.Format.CLOUDFORMATION, stack, true));
            inputs.addAll(manifest.manifests());
        } else {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            add(path, SERVERLESS_NAMES.contains(name) ? TemplateFile.Format.SERVERLESS
                    : TemplateFile.Format.CLOUDFORMATION, null, true);
        }
    }

    private void searchDirectory(Path dir, boolean named) {
        for (String name : CLOUDFORMATION_NAMES) {
            addIfPresent(dir.resolve(name), TemplateFile.Format.CLOUDFORMATION, named);
        }
        for (Path file : templateJsonFiles(dir)) {
            add(file, TemplateFile.Format.CLOUDFORMATION, null, false);
        }
        for (String name : SERVERLESS_NAMES) {
            addIfPresent(dir.resolve(name), TemplateFile.Format.SERVERLESS, named);
        }
        Path manifest = dir.getFileName() != null && dir.getFileName().toString().equals("cdk.out")
                ? dir.resolve(CDK_MANIFEST) : dir.resolve("cdk.out").resolve(CDK_MANIFEST);
        if (Files.isRegularFile(manifest)) {
            addNamed(manifest);
        }
    }

    private void addIfPresent(Path file, TemplateFile.Format format, boolean named) {
        if (Files.isRegularFile(file)) {
            add(file, format, null, named);
        } else {
            reportBrokenLink(file);
        }
    }

    /** A template's name that is a symbolic link to nothing: said, since the user clearly meant a template. */
    private void reportBrokenLink(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String why = whyNoFile(file);
            problems.add(new ParseProblem(relative(file), 1, 1, "is "
                    + (why != null ? why : "a symbolic link that cannot be followed") + ", so it was not analyzed"));
        }
    }

    /**
     * Why a path leads to no file when it is a symbolic link loop, a link to nothing, or a path that cannot be
     * followed; null when the path is simply absent (or is there).
     */
    static String whyNoFile(Path path) {
        try {
            path.toRealPath();
            return null;
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(path) ? "a symbolic link to a file that does not exist" : null;
        } catch (IOException e) {
            if (e instanceof FileSystemLoopException || linksInACircle(path)) {
                return "a symbolic link loop";
            }
            return "a path that cannot be followed (" + (e instanceof FileSystemException fs && fs.getReason() != null
                    ? fs.getReason() : e.getClass().getSimpleName()) + ")";
        } catch (RuntimeException e) {
            return "a path that cannot be followed (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** Whether following the links from {@code path} comes back to one already followed (or goes on and on). */
    private static boolean linksInACircle(Path path) {
        Set<Path> seen = new HashSet<>();
        Path current = path.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(current)) {
                if (!seen.add(current) || seen.size() > MAX_LINKS) {
                    return true;
                }
                current = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    private void add(Path file, TemplateFile.Format format, String stack, boolean named) {
        Path key = ProjectPaths.realPath(file);
        TemplateFile known = templates.get(key);
        if (known == null || known.stackName() == null && stack != null) {
            templates.put(key, new TemplateFile(file, relative(file), format, stack, named));
        }
        inputs.add(file);
    }

    /** {@code *.template.json}: a CDK synth's or a CloudFormation export's templates beside the project. */
    private List<Path> templateJsonFiles(Path dir) {
        List<Path> found = new ArrayList<>();
        List<Path> broken = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.template.json")) {
            stream.forEach(p -> (Files.isRegularFile(p) ? found : broken).add(p));
        } catch (IOException | DirectoryIteratorException e) {
            return List.of(); // an unlistable directory holds no template that could be read
        }
        broken.sort(null);
        broken.forEach(this::reportBrokenLink);
        found.sort(null);
        return found;
    }

    String relative(Path file) {
        return ProjectPaths.relative(baseDir, file);
    }
}
