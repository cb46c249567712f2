package dev.lambdalint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds the Java files under the source roots (filtered by include/exclude globs, relative to the root) and
 * parses each once, on several threads, giving the same result in the same order whatever their number. A
 * file that cannot be read or parsed becomes a {@link ParseProblem} and the others go on; so does a symbolic
 * link loop or an unreadable directory under a root.
 */
public final class SourceScanner {
    /** Deeply nested generated expressions recurse deeply in the parser: give it room rather than fail. */
    static final long PARSER_STACK_BYTES = 512L * 1024 * 1024;

    private final Path baseDir;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Charset charset;
    private final int threads;

    public SourceScanner(Path baseDir, List<String> includes, List<String> excludes, Charset charset, int threads) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.includes = matchers(includes.isEmpty() ? List.of("**/*.java", "*.java") : includes);
        this.excludes = matchers(excludes);
        this.charset = charset;
        this.threads = Math.max(1, threads);
    }

    /** The parsed files, the problems met, and how many Java files the roots hold. */
    /** The parser the analysis uses, also the benchmark's parse floor. */
    public static JavaParser newParser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25));
    }

    /**
     * Drops the token list a kept tree holds (most of its memory; nothing here prints code back) while keeping
     * every node's position, which findings and suppressions need.
     */
    static CompilationUnit withoutTokens(CompilationUnit unit) {
        List<com.github.javaparser.ast.Node> nodes = new ArrayList<>();
        unit.walk(nodes::add);
        nodes.addAll(unit.getAllComments());
        for (com.github.javaparser.ast.Node node : nodes) {
            com.github.javaparser.Range range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        }
        return unit;
    }

    public record Scan(List<SourceFile> files, List<ParseProblem> problems, int javaFiles) {
    }

    private record Outcome(SourceFile file, ParseProblem problem, ParseProblem warning) {
    }

    /** The Java files the roots hold, sorted, each once even when reached through a link. */
    public List<Path> javaFiles(List<Path> sourceRoots, List<ParseProblem> problems) {
        TreeSet<Path> found = new TreeSet<>();
        Set<Path> seenReal = new HashSet<>();
        for (Path root : sourceRoots) {
            Path absolute = baseDir.resolve(root).normalize();
            if (Files.isDirectory(absolute)) {
                walk(absolute, found, problems);
            }
        }
        List<Path> unique = new ArrayList<>();
        for (Path file : found) {
            if (seenReal.add(ProjectPaths.realPath(file))) {
                unique.add(file);
            }
        }
        return unique;
    }

    public Scan scan(List<Path> sourceRoots) {
        List<ParseProblem> problems = new ArrayList<>();
        return parse(javaFiles(sourceRoots, problems), problems, null);
    }

    /**
     * Parses the listed files; {@code problems} met while listing them are carried into the scan. Every file is
     * parsed (so that each parse error is reported), but only the syntax trees of the files {@link Relevance}
     * keeps are kept, which bounds memory on large trees; a null {@code relevance} keeps them all.
     */
    public Scan parse(List<Path> paths, List<ParseProblem> listingProblems, Relevance relevance) {
        List<ParseProblem> problems = new ArrayList<>(listingProblems);
        List<SourceFile> files = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, paths.size())),
                r -> new Thread(null, r, "lambda-lint-parser", PARSER_STACK_BYTES));
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(SourceScanner::newParser);
        try {
            Set<Path> keep = relevance == null ? null : relevant(paths, relevance, pool);
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (Path path : paths) {
                boolean kept = keep == null || keep.contains(path);
                outcomes.add(pool.submit(() -> parse(parsers.get(), path, kept)));
            }
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                if (outcome.file() != null) {
                    files.add(outcome.file());
                }
                if (outcome.problem() != null) {
                    problems.add(outcome.problem());
                }
                if (outcome.warning() != null) {
                    problems.add(outcome.warning());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Scan(files, problems, paths.size());
    }

    private Set<Path> relevant(List<Path> paths, Relevance relevance, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<Future<Relevance.Signature>> signatures = new ArrayList<>();
        for (Path path : paths) {
            signatures.add(pool.submit(() -> Relevance.signature(readableText(path))));
        }
        for (int i = 0; i < paths.size(); i++) {
            relevance.add(paths.get(i), signatures.get(i).get());
        }
        Set<Path> keep = new HashSet<>();
        relevance.relevant().forEach(file -> keep.add((Path) file));
        return keep;
    }

    private record Decoded(String text, boolean malformed) {
    }

    /** The file's text; undecodable bytes replaced (and flagged) rather than failing. */
    private Decoded decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return new Decoded(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(),
                    false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, charset), true);
        }
    }

    private String readableText(Path file) {
        try {
            return decode(file).text();
        } catch (IOException e) {
            return ""; // reported when the file is parsed
        }
    }

    private Outcome parse(JavaParser parser, Path file, boolean keep) {
        String relative = relativize(file);
        ParseProblem warning = null;
        try {
            Decoded decoded = decode(file);
            if (decoded.malformed()) {
                warning = new ParseProblem(relative, 1, 1, "the file is not valid " + charset.name()
                        + " (the build's source encoding); it was analyzed with the undecodable bytes replaced", "encoding");
            }
            ParseResult<CompilationUnit> result = parser.parse(decoded.text());
            if (result.isSuccessful() && result.getResult().isPresent()) {
                return new Outcome(keep ? new SourceFile(file, relative, withoutTokens(result.getResult().get()))
                        : null, null, warning);
            }
            Problem first = result.getProblems().get(0);
            int line = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            int column = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(1);
            return new Outcome(null, new ParseProblem(relative, line, column,
                    "does not parse, so it was not analyzed: " + firstLine(first.getMessage()), "syntax"), warning);
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, new ParseProblem(relative, 1, 1, "cannot read the file, so it was not analyzed: "
                    + describe(e), "unreadable"), null);
        } catch (StackOverflowError e) {
            return new Outcome(null, new ParseProblem(relative, 1, 1,
                    "expressions nested too deeply to parse; the file was skipped", "too-deep"), warning);
        }
    }

    private void walk(Path root, Set<Path> found, List<ParseProblem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && file.toString().endsWith(".java")
                                    && selected(root.relativize(file))) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String what = e instanceof FileSystemLoopException
                                    ? "a symbolic link loop; not followed"
                                    : "cannot be read (" + describe(e) + "); skipped";
                            problems.add(new ParseProblem(relativize(file), 1, 1, what, "unreadable"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new ParseProblem(relativize(root), 1, 1, "cannot list the source root: " + describe(e),
                    "unlistable"));
        }
    }

    private boolean selected(Path relativeToRoot) {
        return includes.stream().anyMatch(m -> m.matches(relativeToRoot))
                && excludes.stream().noneMatch(m -> m.matches(relativeToRoot));
    }

    private String relativize(Path file) {
        return ProjectPaths.relative(baseDir, file);
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
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }
}
