package dev.lambdalint.deploy;

import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.ProjectPaths;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.regex.Pattern;

/**
 * Finds the deployment templates: in a directory, {@code template.yaml}/{@code .yml}/{@code .json},
 * {@code *.template.json}, a template's other names ({@code template-*.yaml}, {@code *-template.yaml}, see
 * {@link #isVariant}), {@code serverless.yml}/{@code .yaml}, and a CDK app ({@code cdk.json}): its Java source
 * when it is written in Java, else the stacks of its {@code cdk.out/manifest.json}; a named file by its name. By
 * default the module's folder and the folders above it up to the repository root are searched, and the CDK apps
 * under that root; a {@code templates} list replaces the search.
 */
public final class TemplateFiles {
    private static final List<String> CLOUDFORMATION_NAMES = List.of("template.yaml", "template.yml", "template.json");
    private static final List<String> SERVERLESS_NAMES = List.of("serverless.yml", "serverless.yaml");
    private static final String VARIANT_GLOB = "*{template,TEMPLATE,Template}*.{yaml,yml,json,YAML,YML,JSON}";
    /** {@code template-snapstart.yaml}, {@code template.prod.yml}, {@code sam-template.yaml}, {@code infra_template.json}. */
    private static final Pattern VARIANT_NAME =
            Pattern.compile("(template[-_.][^/]*|[^/]*[-_]template)\\.(yaml|yml|json)");
    static final String CDK_MANIFEST = "manifest.json";
    static final String CDK_APP = "cdk.json";
    /** As many links as Linux follows before it calls them a loop. */
    private static final int MAX_LINKS = 40;

    /**
     * The templates to read, every file they were found through (manifests, CDK sources too) for the analysis
     * cache, and what was searched, for a debug log.
     */
    public record Found(List<TemplateFile> templates, List<Path> inputs, List<String> notes) {
        public Found {
            templates = List.copyOf(templates);
            inputs = List.copyOf(inputs);
            notes = List.copyOf(notes);
        }
    }

    private final Path baseDir;
    private final Map<Path, TemplateFile> templates = new LinkedHashMap<>();
    private final TreeSet<Path> inputs = new TreeSet<>();
    private final List<ParseProblem> problems;
    private final List<String> notes = new ArrayList<>();

    private TemplateFiles(Path baseDir, List<ParseProblem> problems) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /** The templates of {@code baseDir} alone (and the CDK apps under it), or the named ones. */
    public static Found find(Path baseDir, List<Path> named, List<ParseProblem> problems) {
        return find(baseDir, null, named, problems);
    }

    /**
     * @param root     the repository root (see {@link #repositoryRoot}): the search goes up from {@code baseDir} to
     *                 it and looks for CDK apps under it; null, or a folder that is no ancestor, for
     *                 {@code baseDir} alone
     * @param named    files or directories (absolute, or relative to {@code baseDir}); empty to search
     * @param problems where a named template that is missing, or a broken CDK manifest, is reported
     */
    public static Found find(Path baseDir, Path root, List<Path> named, List<ParseProblem> problems) {
        TemplateFiles files = new TemplateFiles(baseDir, problems);
        if (named.isEmpty()) {
            files.discover(root == null ? files.baseDir : root.toAbsolutePath().normalize());
        }
        for (Path path : named) {
            files.addNamed(files.baseDir.resolve(path).normalize());
        }
        if (!named.isEmpty()) {
            files.notes.add("templates named in the configuration: " + String.join(", ", named.stream()
                    .map(p -> files.relative(files.baseDir.resolve(p))).toList()));
        }
        return new Found(List.copyOf(files.templates.values()), List.copyOf(files.inputs), files.notes);
    }

    /**
     * The folder a module's template search goes up to: the nearest one holding {@code .git} (a folder, or the file
     * of a worktree or submodule), else the top of the build when it lies above the module, else the module.
     */
    public static Path repositoryRoot(Path moduleDir, Path buildTop) {
        Path module = moduleDir.toAbsolutePath().normalize();
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        Path top = buildTop == null ? null : buildTop.toAbsolutePath().normalize();
        return top != null && module.startsWith(top) ? top : module;
    }

    /** The base directory and those above it up to the root, then the CDK apps under the root. */
    private void discover(Path root) {
        Path top = baseDir.startsWith(root) ? root : baseDir;
        List<Path> searched = new ArrayList<>();
        for (Path dir = baseDir; dir != null; dir = dir.getParent()) {
            searchDirectory(dir);
            searched.add(dir);
            if (dir.equals(top)) {
                break;
            }
        }
        CdkApps.Found apps = CdkApps.under(top);
        for (Path app : apps.apps()) {
            if (!searched.contains(app)) {
                addCdkApp(app);
            }
        }
        notes.add("looked for templates in " + String.join(", ", searched.stream().map(this::folder).toList())
                + ", and for CDK apps (" + CDK_APP + ") under " + folder(top) + ", " + apps.describe()
                + ": found " + (templates.isEmpty() ? "none" : String.join(", ",
                templates.values().stream().map(TemplateFile::relativePath).toList())));
    }

    private void addNamed(Path path) {
        if (Files.isDirectory(path)) {
            searchDirectory(path);
        } else if (!Files.isRegularFile(path)) {
            String why = whyNoFile(path);
            problems.add(new ParseProblem(relative(path), 1, 1, "the template named in the configuration "
                    + (why != null ? "is " + why : Files.exists(path) ? "is not a regular file" : "does not exist")
                    + ", so it was not analyzed"));
        } else if (path.getFileName().toString().equals(CDK_MANIFEST)) {
            addManifest(path);
        } else if (path.getFileName().toString().equals(CDK_APP)) {
            addCdkApp(path.getParent());
        } else {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            add(path, SERVERLESS_NAMES.contains(name) ? TemplateFile.Format.SERVERLESS
                    : TemplateFile.Format.CLOUDFORMATION, null, true);
        }
    }

    private void addManifest(Path manifest) {
        CdkManifest reader = new CdkManifest(this::relative, problems);
        reader.stacks(manifest)
                .forEach((template, stack) -> add(template, TemplateFile.Format.CLOUDFORMATION, stack, true));
        inputs.addAll(reader.manifests());
    }

    /** A folder's templates, found by their names; a file there that is no template is skipped when read. */
    private void searchDirectory(Path dir) {
        for (String name : CLOUDFORMATION_NAMES) {
            addIfPresent(dir.resolve(name), TemplateFile.Format.CLOUDFORMATION);
        }
        for (Path file : templateJsonFiles(dir)) {
            add(file, TemplateFile.Format.CLOUDFORMATION, null, false);
        }
        for (Path file : matching(dir, VARIANT_GLOB, TemplateFiles::isVariant)) {
            add(file, TemplateFile.Format.CLOUDFORMATION, null, false);
        }
        for (String name : SERVERLESS_NAMES) {
            addIfPresent(dir.resolve(name), TemplateFile.Format.SERVERLESS);
        }
        if (Files.isRegularFile(dir.resolve(CDK_APP))) {
            addCdkApp(dir);
            return;
        }
        Path manifest = dir.getFileName() != null && dir.getFileName().toString().equals("cdk.out")
                ? dir.resolve(CDK_MANIFEST) : dir.resolve("cdk.out").resolve(CDK_MANIFEST);
        if (Files.isRegularFile(manifest)) {
            addManifest(manifest);
        }
    }

    /**
     * A CDK app: its Java source, which findings can point into, else what {@code cdk synth} left in
     * {@code cdk.out}; an app in another language with no {@code cdk.out} is only noted.
     */
    private void addCdkApp(Path app) {
        Path manifest = app.resolve("cdk.out").resolve(CDK_MANIFEST);
        if (CdkJavaApp.isJavaApp(app)) {
            Path cdkJson = app.resolve(CDK_APP);
            templates.putIfAbsent(ProjectPaths.realPath(cdkJson),
                    new TemplateFile(cdkJson, relative(cdkJson), TemplateFile.Format.CDK_JAVA, null, false));
            inputs.add(cdkJson);
            inputs.addAll(CdkJavaApp.sources(app));
            if (Files.isRegularFile(manifest)) {
                notes.add("CDK app " + folder(app) + ": its Java source is read, not its cdk.out");
            }
        } else if (Files.isRegularFile(manifest)) {
            addManifest(manifest);
        } else {
            notes.add("CDK app " + folder(app) + " is not written in Java and has no cdk.out: run cdk synth for "
                    + "lambda-lint to read its stacks");
        }
    }

    private String folder(Path dir) {
        String relative = relative(dir);
        return relative.isEmpty() ? "." : relative;
    }

    private void addIfPresent(Path file, TemplateFile.Format format) {
        if (Files.isRegularFile(file)) {
            add(file, format, null, false);
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
        return matching(dir, "*.template.json", name -> true);
    }

    /**
     * Whether a file name is one of a template's other names ({@code template-snapstart.yaml},
     * {@code template_dev.yml}, {@code sam-template.yaml}): read after the usual names, and a function one of them
     * declares again is read once ({@link DeploymentReader}).
     */
    static boolean isVariant(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return VARIANT_NAME.matcher(name).matches() && !CLOUDFORMATION_NAMES.contains(name)
                && !name.endsWith(".template.json");
    }

    private List<Path> matching(Path dir, String glob, java.util.function.Predicate<String> name) {
        List<Path> found = new ArrayList<>();
        List<Path> broken = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(p -> {
                if (name.test(p.getFileName().toString())) {
                    (Files.isRegularFile(p) ? found : broken).add(p);
                }
            });
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
