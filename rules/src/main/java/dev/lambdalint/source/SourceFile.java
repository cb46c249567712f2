package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A parsed Java source: its absolute path, its path relative to the analysis base ('/' separators), what it declares
 * ({@link Declarations}), and its tree, which may be made only when first asked for: a tree once handed out is the
 * one tree of the file for the rest of the analysis (the analyses key their answers by nodes). With the tree come
 * the facts the project's syntax index takes from it, when they were gathered as the tree was made (else null).
 */
public final class SourceFile {
    private static final DataKey<SourceFile> FILE = new DataKey<>() {
    };

    /** A tree and the syntax facts gathered while it was made (null when none were). */
    public record Tree(CompilationUnit unit, SyntaxFacts facts) {
    }

    private final Path path;
    private final String relativePath;
    private final Declarations declarations;
    private Supplier<Tree> maker;
    private CompilationUnit unit;
    private SyntaxFacts facts;

    public SourceFile(Path path, String relativePath, CompilationUnit unit, SyntaxFacts facts) {
        this(path, relativePath, Declarations.of(unit, facts), () -> new Tree(unit, facts));
    }

    public SourceFile(Path path, String relativePath, CompilationUnit unit) {
        this(path, relativePath, unit, null);
    }

    /** A file whose tree {@code maker} makes when some analysis first asks for it. */
    public SourceFile(Path path, String relativePath, Declarations declarations, Supplier<Tree> maker) {
        this.path = path;
        this.relativePath = relativePath;
        this.declarations = declarations;
        this.maker = maker;
    }

    public Path path() {
        return path;
    }

    public String relativePath() {
        return relativePath;
    }

    public Declarations declarations() {
        return declarations;
    }

    /** The file's tree, made on the first call. */
    public synchronized CompilationUnit unit() {
        if (maker != null) {
            Tree tree = maker.get();
            tree.unit().setData(FILE, this);
            unit = tree.unit();
            facts = tree.facts();
            maker = null;
        }
        return unit;
    }

    /** The syntax facts gathered while the tree was made; null when none were (or the tree is not made yet). */
    public synchronized SyntaxFacts facts() {
        return facts;
    }

    /** The file a tree handed out by {@link #unit()} belongs to. */
    public static Optional<SourceFile> of(Node node) {
        CompilationUnit unit = Trees.unitOf(node);
        return unit != null && unit.containsData(FILE) ? Optional.of(unit.getData(FILE)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "SourceFile[" + relativePath + "]";
    }
}
