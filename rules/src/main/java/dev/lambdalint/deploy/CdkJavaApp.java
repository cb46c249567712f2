package dev.lambdalint.deploy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.lambdalint.source.ParseProblem;
import dev.lambdalint.source.SourceScanner;
import dev.lambdalint.source.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A CDK app written in Java, read from its source with the parser that reads the project: the files under
 * {@code src/main/java} of the folder holding {@code cdk.json} that use the CDK. Bounded: at most
 * {@link #MAX_SOURCES} files of at most {@link #MAX_SOURCE_BYTES} each.
 */
final class CdkJavaApp {
    static final int MAX_SOURCES = 2_000;
    static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;
    private static final String CDK_PACKAGE = "software.amazon.awscdk";

    private CdkJavaApp() {
    }

    /** Whether a CDK app folder is a Java project: Java sources beside a Maven or Gradle build. */
    static boolean isJavaApp(Path app) {
        return Files.isDirectory(app.resolve("src/main/java")) && (Files.isRegularFile(app.resolve("pom.xml"))
                || Files.isRegularFile(app.resolve("build.gradle")) || Files.isRegularFile(app.resolve("build.gradle.kts")));
    }

    /** The app's Java files, sorted. */
    static List<Path> sources(Path app) {
        Path root = app.resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .sorted().limit(MAX_SOURCES).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unlistable source folder declares nothing lambda-lint could read
        }
    }

    /** The functions, resources and triggers the app's source declares. */
    static TemplateContent read(TemplateFile cdkJson, List<ParseProblem> problems, List<String> notes) {
        Path app = cdkJson.path().toAbsolutePath().normalize().getParent();
        String prefix = cdkJson.relativePath().substring(0, cdkJson.relativePath().length()
                - TemplateFiles.CDK_APP.length());
        JavaParser parser = SourceScanner.newParser();
        Map<CompilationUnit, String> units = new LinkedHashMap<>();
        for (Path source : sources(app)) {
            String relative = prefix + app.relativize(source).toString().replace('\\', '/');
            parse(parser, source, relative, problems).ifPresent(unit -> units.put(unit, relative));
        }
        Classes classes = new Classes(units, mainClass(app));
        TemplateContent content = TemplateContent.empty();
        List<CdkStackReader> readers = new ArrayList<>();
        units.forEach((unit, relative) -> {
            // no construct is declared without the CDK's imports; other files only lend their constants
            if (unit.getImports().stream().anyMatch(i -> i.getNameAsString().startsWith(CDK_PACKAGE))) {
                readers.add(new CdkStackReader(unit, relative, classes, app, notes));
            }
        });
        // every file's constructs before any trigger or value uses them, every trigger before a function is read
        readers.forEach(CdkStackReader::declare);
        readers.forEach(CdkStackReader::wire);
        readers.forEach(reader -> reader.read(content));
        return content;
    }

    /**
     * The class whose {@code main} the app runs, when {@code cdk.json} ({@code -Dexec.mainClass=...}) or the app's
     * {@code pom.xml} (the exec plugin's {@code mainClass}, as {@code cdk init} writes it) names one.
     */
    static Optional<String> mainClass(Path app) {
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (String file : List.of(TemplateFiles.CDK_APP, "pom.xml")) {
            try {
                Path path = app.resolve(file);
                if (Files.isRegularFile(path) && Files.size(path) <= MAX_SOURCE_BYTES) {
                    String text = Files.readString(path, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
                    java.util.regex.Matcher m = MAIN_CLASS.matcher(text);
                    while (m.find()) {
                        named.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: no main class is known, and every main that synthesizes counts
            }
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    private static final java.util.regex.Pattern MAIN_CLASS = java.util.regex.Pattern.compile(
            "-Dexec\\.mainClass=([\\w.$]+)|<(?:exec\\.)?mainClass>\\s*([\\w.$]+)\\s*</(?:exec\\.)?mainClass>");

    private static Optional<CompilationUnit> parse(JavaParser parser, Path source, String relative,
                                                   List<ParseProblem> problems) {
        String text;
        try {
            if (Files.size(source) > MAX_SOURCE_BYTES) {
                return Optional.empty();
            }
            // replacing undecodable bytes: a comment in another encoding must not hide the app's functions
            text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(new ParseProblem(relative, 1, 1, "cannot read this CDK app source, so the functions it "
                    + "declares were not analyzed: " + e.getClass().getSimpleName()));
            return Optional.empty();
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            if (!text.contains(CDK_PACKAGE)) {
                return Optional.empty();
            }
            problems.add(new ParseProblem(relative, 1, 1, "this CDK app source does not parse, so the functions it "
                    + "declares were not analyzed (" + e.getClass().getSimpleName() + ")"));
            return Optional.empty();
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return result.getResult();
        }
        if (!text.contains(CDK_PACKAGE)) {
            return Optional.empty(); // a helper class of the app declares no function: its state is no concern here
        }
        Problem first = result.getProblems().get(0);
        int line = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
        int column = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(1);
        problems.add(new ParseProblem(relative, line, column, "this CDK app source does not parse, so the functions "
                + "it declares were not analyzed: " + first.getMessage().lines().findFirst().orElse("")));
        return Optional.empty();
    }

    /**
     * The app's classes by simple name, for constants one declares and another uses ({@code Config.MEMORY}) and
     * helper methods one declares and another calls, with the file of each source.
     */
    static final class Classes {
        private final Map<String, List<TypeDeclaration<?>>> bySimpleName = new HashMap<>();
        private final Map<CompilationUnit, String> paths = new IdentityHashMap<>();
        private final CdkConstructs constructs;
        private final CdkHelpers helpers;
        private final Optional<String> mainClass;
        private final Map<CompilationUnit, CdkStackReader> readers = new IdentityHashMap<>();

        /** @param mainClass the class whose {@code main} synthesizes the app, when known */
        Classes(Map<CompilationUnit, String> units, Optional<String> mainClass) {
            units.forEach((unit, path) -> {
                paths.put(unit, path);
                Trees.findAll(unit, TypeDeclaration.class).forEach(type ->
                        bySimpleName.computeIfAbsent(type.getNameAsString(), n -> new ArrayList<>()).add(type));
            });
            this.mainClass = mainClass;
            constructs = new CdkConstructs(this);
            helpers = new CdkHelpers(this, constructs, units.keySet());
        }

        Classes(List<CompilationUnit> units) {
            this(unnamed(units), Optional.empty());
        }

        private static Map<CompilationUnit, String> unnamed(List<CompilationUnit> units) {
            Map<CompilationUnit, String> named = new IdentityHashMap<>();
            units.forEach(unit -> named.put(unit, null));
            return named;
        }

        Optional<VariableDeclarator> constant(String type, String field) {
            return type(type).flatMap(t -> t.getFieldByName(field).flatMap(f -> f.getVariables().stream()
                    .filter(v -> v.getNameAsString().equals(field)).findFirst()));
        }

        /** The one class of the app with that simple name (a qualified name is cut to its simple name). */
        Optional<TypeDeclaration<?>> type(String name) {
            String simple = name.substring(name.lastIndexOf('.') + 1);
            List<TypeDeclaration<?>> types = bySimpleName.getOrDefault(simple, List.of());
            return types.size() == 1 ? Optional.of(types.get(0)) : Optional.empty(); // none, or shared: not guessed
        }

        /** The file of a source of the app, relative to the analysis base, when known. */
        Optional<String> path(CompilationUnit unit) {
            return Optional.ofNullable(paths.get(unit));
        }

        CdkHelpers helpers() {
            return helpers;
        }

        CdkConstructs constructs() {
            return constructs;
        }

        void register(CompilationUnit unit, CdkStackReader reader) {
            readers.put(unit, reader);
        }

        /** The reader of a file of the app that declares constructs. */
        Optional<CdkStackReader> reader(CompilationUnit unit) {
            return Optional.ofNullable(readers.get(unit));
        }

        Optional<String> mainClass() {
            return mainClass;
        }
    }
}
