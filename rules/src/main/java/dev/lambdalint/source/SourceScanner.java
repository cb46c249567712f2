package dev.lambdalint.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    private final PositionTable remadePositions = new PositionTable();
    private final ThreadLocal<SourceParser> parsers = ThreadLocal.withInitial(SourceParser::new);
    private boolean holdTrees = true;

    public SourceScanner(Path baseDir, List<String> includes, List<String> excludes, Charset charset, int threads) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.includes = matchers(includes.isEmpty() ? List.of("**/*.java", "*.java") : includes);
        this.excludes = matchers(excludes);
        this.charset = charset;
        this.threads = Math.max(1, threads);
    }

    /**
     * This scanner, holding no parsed tree at all until an analysis asks for it: each is made again then, as when the
     * collector has dropped it. For tests of that path; the analysis's own scanner holds them softly.
     */
    public SourceScanner withoutHeldTrees() {
        holdTrees = false;
        return this;
    }

    /** The parser the analysis uses, also the benchmark's parse floor. */
    public static JavaParser newParser() {
        return new JavaParser(SourceParser.configuration());
    }

    /** The parsed files kept, the problems met, and how many Java files the roots hold. */
    public record Scan(List<SourceFile> files, List<ParseProblem> problems, int javaFiles) {
    }

    private record Outcome(SourceFile file, ParseProblem problem, ParseProblem warning) {
    }

    /** The Java files the roots hold, sorted, each once even when reached through a link. */
    public List<Path> javaFiles(List<Path> sourceRoots, List<ParseProblem> problems) {
        TreeMap<Path, Object> found = new TreeMap<>();
        for (Path root : sourceRoots) {
            Path absolute = baseDir.resolve(root).normalize();
            if (Files.isDirectory(absolute)) {
                walk(absolute, found, problems);
            }
        }
        // files with the same real path have the same file key: only those sharing one need their real path
        Map<Object, Integer> sharing = new HashMap<>();
        found.values().stream().filter(Objects::nonNull).forEach(key -> sharing.merge(key, 1, Integer::sum));
        Set<Path> seenReal = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Map.Entry<Path, Object> file : found.entrySet()) {
            boolean alone = file.getValue() != null && sharing.get(file.getValue()) == 1;
            if (alone || seenReal.add(ProjectPaths.realPath(file.getKey()))) {
                unique.add(file.getKey());
            }
        }
        return unique;
    }

    public Scan scan(List<Path> sourceRoots) {
        List<ParseProblem> problems = new ArrayList<>();
        return parse(javaFiles(sourceRoots, problems), problems, null);
    }

    /** Parses every listed file and keeps the trees {@code relevance} keeps (all when it is null); no memory. */
    public Scan parse(List<Path> paths, List<ParseProblem> listingProblems, Relevance relevance) {
        return parse(paths, listingProblems, relevance, true, Map.of(), FileMemory.NONE);
    }

    /**
     * A hash of each file's bytes, by which {@link FileMemory} knows an unchanged file; an unreadable file has none.
     */
    public Map<Path, String> hashes(List<Path> paths) {
        return hashes(paths, HashMemory.NONE);
    }

    /** {@link #hashes(List)}, each asked of {@code memory}, which may know it without reading the file. */
    public Map<Path, String> hashes(List<Path> paths, HashMemory memory) {
        return inPool(paths.size(), pool -> {
            List<Future<String>> futures = new ArrayList<>();
            for (Path path : paths) {
                futures.add(pool.submit(() -> memory.hash(path)));
            }
            Map<Path, String> hashes = new HashMap<>();
            for (int i = 0; i < paths.size(); i++) {
                String hash = futures.get(i).get();
                if (hash != null) {
                    hashes.put(paths.get(i), hash);
                }
            }
            return hashes;
        });
    }

    /**
     * Reads the listed files; {@code problems} met while listing them are carried into the scan. Each file's text
     * signature is taken first, and only the files {@link Relevance} finds can take part in a handler's model are
     * parsed and kept (all of them when {@code relevance} is null), so syntax errors are reported in those only;
     * with {@code parseAll} every file is parsed, for every syntax error, and still only the relevant ones kept.
     * Files whose {@code hashes} the {@code memory} knows are not read again: their signature and parse outcome
     * are recalled and their kept tree loaded.
     */
    public Scan parse(List<Path> paths, List<ParseProblem> listingProblems, Relevance relevance, boolean parseAll,
                      Map<Path, String> hashes, FileMemory memory) {
        Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        PositionTable positions = new PositionTable();
        return inPool(paths.size(), pool -> {
            List<Future<Read>> reads = new ArrayList<>();
            for (Path path : paths) {
                reads.add(pool.submit(() -> read(path, hashes.get(path), memory, names)));
            }
            List<Read> read = new ArrayList<>();
            for (Future<Read> future : reads) {
                read.add(future.get());
            }
            Set<Path> keep = null;
            if (relevance != null) {
                read.stream().filter(r -> r.record() != null).forEach(r -> relevance.add(r.path(), r.record().signature()));
                keep = new HashSet<>();
                for (Object file : relevance.relevant()) {
                    keep.add((Path) file);
                }
            }
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (Read r : read) {
                boolean kept = r.record() != null && (keep == null || keep.contains(r.path()));
                if (r.record() == null || kept || parseAll) {
                    outcomes.add(pool.submit(() -> outcome(parsers.get(), r, kept, memory, names, positions)));
                } else if (!r.recalled() && r.hash() != null) {
                    memory.remember(r.hash(), r.record(), null); // its signature, so that it is not read again
                }
            }
            List<ParseProblem> problems = new ArrayList<>(listingProblems);
            List<SourceFile> files = new ArrayList<>();
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
            return new Scan(files, problems, paths.size());
        });
    }

    private interface PoolWork<T> {
        T run(ExecutorService pool) throws InterruptedException, ExecutionException;
    }

    private <T> T inPool(int tasks, PoolWork<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks)),
                r -> new Thread(null, r, "lambda-lint-parser", PARSER_STACK_BYTES));
        try {
            return work.run(pool);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the sources", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the sources failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file's hash and what it contributes; a null record when the file cannot be read. */
    private record Read(Path path, String hash, FileRecord record, boolean recalled, ParseProblem unreadable) {
    }

    private Read read(Path path, String hash, FileMemory memory, Map<String, String> names) {
        if (hash != null) {
            Optional<FileRecord> known = memory.recall(hash);
            if (known.isPresent()) {
                return new Read(path, hash, known.get(), true, null);
            }
        }
        try {
            Decoded decoded = decode(path);
            return new Read(path, hash, new FileRecord(Relevance.signature(decoded.text(), names), decoded.malformed(),
                    null), false, null);
        } catch (IOException | RuntimeException e) {
            return new Read(path, hash, null, false, cannotRead(path, e));
        }
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

    /** The parse of a file (recalled or loaded when the memory has it), the tree kept when {@code keep}. */
    private Outcome outcome(SourceParser parser, Read read, boolean keep, FileMemory memory, Map<String, String> names,
                            PositionTable positions) {
        if (read.record() == null) {
            return new Outcome(null, read.unreadable(), null);
        }
        String relative = relativize(read.path());
        ParseProblem warning = read.record().malformed() ? new ParseProblem(relative, 1, 1, "the file is not valid "
                + charset.name() + " (the build's source encoding); it was analyzed with the undecodable bytes replaced",
                "encoding") : null;
        FileRecord.Parsed known = read.recalled() ? read.record().parsed() : null;
        if (known != null && !known.ok()) {
            return new Outcome(null, problem(relative, known), warning);
        }
        if (known != null && !keep) {
            return new Outcome(null, null, warning);
        }
        if (known != null && read.record().declarations() != null) {
            // what it declares is remembered: its tree is read back only when an analysis asks for it
            Path path = read.path();
            String hash = read.hash();
            FileRecord record = read.record();
            return new Outcome(new SourceFile(path, relative, record.declarations(), () -> {
                Remade remade = remade(path, hash, relative, 0, memory, names, remadePositions);
                if (remade.parsed()) {
                    memory.remember(hash, record, remade.tree().unit()); // the memory's copy did not read back
                }
                return remade.tree();
            }), null, warning);
        }
        if (known != null) {
            SyntaxFacts facts = new SyntaxFacts();
            Optional<CompilationUnit> tree = memory.tree(read.hash(), facts::add, positions, names);
            if (tree.isPresent()) {
                Declarations declared = Declarations.of(tree.get(), facts, names);
                memory.remember(read.hash(), read.record().withParsed(known, declared), null);
                return new Outcome(kept(read, relative, tree.get(), facts, declared, 0, memory, names), null,
                        warning);
            }
        }
        CompilationUnit unit = null;
        SyntaxFacts facts = new SyntaxFacts();
        FileRecord.Parsed parsed;
        int textHash = 0;
        try {
            String text = decode(read.path()).text();
            textHash = text.hashCode();
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                parsed = FileRecord.Parsed.OK;
                unit = keep ? KeptTrees.compact(result.getResult().get(), names, positions, facts::add) : null;
            } else {
                Problem first = result.getProblems().get(0);
                int line = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
                int column = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column)
                        .orElse(1);
                parsed = new FileRecord.Parsed(false, line, column, "does not parse, so it was not analyzed: "
                        + firstLine(first.getMessage()), "syntax");
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, cannotRead(read.path(), e), null);
        } catch (StackOverflowError e) {
            parsed = new FileRecord.Parsed(false, 1, 1, "expressions nested too deeply to parse; the file was skipped",
                    "too-deep");
        }
        Declarations declared = unit == null ? null : Declarations.of(unit, facts, names);
        if (read.hash() != null) {
            memory.remember(read.hash(), read.record().withParsed(parsed, declared), unit);
        }
        return new Outcome(unit == null ? null : kept(read, relative, unit, facts, declared, textHash, memory, names),
                parsed.ok() ? null : problem(relative, parsed), warning);
    }

    /**
     * A kept file whose tree is held only softly until an analysis first asks for it: the collector may drop the
     * trees nothing has asked for yet when the heap runs short, and such a tree is made again, from the memory's
     * copy or by parsing the file again (which must not have changed since).
     */
    private SourceFile kept(Read read, String relative, CompilationUnit unit, SyntaxFacts facts,
                            Declarations declared, int textHash, FileMemory memory, Map<String, String> names) {
        java.lang.ref.SoftReference<SourceFile.Tree> made = new java.lang.ref.SoftReference<>(
                holdTrees ? new SourceFile.Tree(unit, facts) : null);
        Path path = read.path();
        String hash = read.hash();
        // trees made again share a table of their own: the scan's, of every file, would outlive the scan
        return new SourceFile(path, relative, declared, () -> {
            SourceFile.Tree tree = made.get();
            made.clear();
            return tree != null ? tree : remade(path, hash, relative, textHash, memory, names, remadePositions).tree();
        });
    }

    /** A tree made again, and whether the file had to be parsed for it (the memory's copy missing or damaged). */
    private record Remade(SourceFile.Tree tree, boolean parsed) {
    }

    private Remade remade(Path path, String hash, String relative, int textHash, FileMemory memory,
                          Map<String, String> names, PositionTable positions) {
        SyntaxFacts facts = new SyntaxFacts();
        if (hash != null) {
            Optional<CompilationUnit> tree = memory.tree(hash, facts::add, positions, names);
            if (tree.isPresent()) {
                return new Remade(new SourceFile.Tree(tree.get(), facts), false);
            }
            facts = new SyntaxFacts();
        }
        try {
            String text = decode(path).text();
            boolean same = hash != null ? hash.equals(ContentHash.of(path)) : text.hashCode() == textHash;
            ParseResult<CompilationUnit> result = same ? parsers.get().parse(text) : null;
            if (result == null || !result.isSuccessful() || result.getResult().isEmpty()) {
                throw new IllegalStateException(relative + " changed while it was analyzed: analyze again");
            }
            return new Remade(new SourceFile.Tree(KeptTrees.compact(result.getResult().get(), names, positions,
                    facts::add), facts), true);
        } catch (IOException e) {
            throw new IllegalStateException(relative + " cannot be read again while it is analyzed: " + describe(e),
                    e);
        }
    }

    private static ParseProblem problem(String relative, FileRecord.Parsed parsed) {
        return new ParseProblem(relative, parsed.line(), parsed.column(), parsed.message(), parsed.kind());
    }

    private ParseProblem cannotRead(Path file, Exception e) {
        return new ParseProblem(relativize(file), 1, 1, "cannot read the file, so it was not analyzed: " + describe(e),
                "unreadable");
    }

    /** Adds the selected Java files under the root to {@code found}, each with its file key (null when unknown). */
    private void walk(Path root, Map<Path, Object> found, List<ParseProblem> problems) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (attributes.isRegularFile() && file.toString().endsWith(".java")
                                    && selected(root.relativize(file))) {
                                found.put(file, attributes.fileKey());
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
