package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            problems.add(new ParseProblem(relative(path), 1, 1,
                    "the template named in the configuration does not exist, so it was not analyzed"));
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
        }
    }

    private void add(Path file, TemplateFile.Format format, String stack, boolean named) {
        Path key = realPath(file);
        TemplateFile known = templates.get(key);
        if (known == null || known.stackName() == null && stack != null) {
            templates.put(key, new TemplateFile(file, relative(file), format, stack, named));
        }
        inputs.add(file);
    }

    /** {@code *.template.json}: a CDK synth's or a CloudFormation export's templates beside the project. */
    private static List<Path> templateJsonFiles(Path dir) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.template.json")) {
            stream.forEach(p -> {
                if (Files.isRegularFile(p)) {
                    found.add(p);
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        found.sort(null);
        return found;
    }

    String relative(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path relative = normalized.startsWith(baseDir) ? baseDir.relativize(normalized) : normalized;
        return relative.toString().replace('\\', '/');
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
