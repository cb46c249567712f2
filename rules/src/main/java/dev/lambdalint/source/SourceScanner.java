package dev.lambdalint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the Java files under the source roots (filtered by include/exclude globs, relative to the root) and
 * parses each once. A file that cannot be read or parsed becomes a {@link ParseProblem}; the others go on.
 */
public final class SourceScanner {
    private final Path baseDir;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Charset charset;

    public SourceScanner(Path baseDir, List<String> includes, List<String> excludes) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.includes = matchers(includes.isEmpty() ? List.of("**/*.java", "*.java") : includes);
        this.excludes = matchers(excludes);
        this.charset = StandardCharsets.UTF_8;
    }

    public record Scan(List<SourceFile> files, List<ParseProblem> problems) {
    }

    public Scan scan(List<Path> sourceRoots) {
        List<SourceFile> files = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
                .setCharacterEncoding(charset));
        for (Path file : javaFiles(sourceRoots, problems)) {
            String relative = relativize(file);
            try {
                String text = Files.readString(file, charset);
                ParseResult<CompilationUnit> result = parser.parse(text);
                if (result.isSuccessful() && result.getResult().isPresent()) {
                    files.add(new SourceFile(file, relative, result.getResult().get()));
                } else {
                    Problem first = result.getProblems().get(0);
                    int line = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
                    int column = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(1);
                    problems.add(new ParseProblem(relative, line, column, firstLine(first.getMessage())));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(new ParseProblem(relative, 1, 1, "cannot read the file: " + describe(e)));
            } catch (StackOverflowError e) {
                problems.add(new ParseProblem(relative, 1, 1, "expressions nested too deeply to parse"));
            }
        }
        return new Scan(files, problems);
    }

    private List<Path> javaFiles(List<Path> sourceRoots, List<ParseProblem> problems) {
        TreeSet<Path> found = new TreeSet<>();
        for (Path root : sourceRoots) {
            Path absolute = baseDir.resolve(root).normalize();
            if (!Files.isDirectory(absolute)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(absolute, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p))
                        .filter(p -> selected(absolute.relativize(p)))
                        .forEach(found::add);
            } catch (IOException | RuntimeException e) {
                problems.add(new ParseProblem(relativize(absolute), 1, 1,
                        "cannot list the source root completely: " + describe(e)));
            }
        }
        return List.copyOf(found);
    }

    private boolean selected(Path relativeToRoot) {
        return includes.stream().anyMatch(m -> m.matches(relativeToRoot))
                && excludes.stream().noneMatch(m -> m.matches(relativeToRoot));
    }

    private String relativize(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path relative = normalized.startsWith(baseDir) ? baseDir.relativize(normalized) : normalized;
        return relative.toString().replace('\\', '/');
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(String::trim).filter(g -> !g.isEmpty())
                .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " " + firstLine(message));
    }

}
