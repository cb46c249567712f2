package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;

/**
 * A parsed Java source: its absolute path, its path relative to the analysis base ('/' separators), its AST, and what
 * the project's syntax index takes from it when that was gathered as the tree was made (else {@code null}).
 */
public record SourceFile(Path path, String relativePath, CompilationUnit unit, SyntaxFacts facts) {
    public SourceFile(Path path, String relativePath, CompilationUnit unit) {
        this(path, relativePath, unit, null);
    }

    /** The same file read once: its tree is the same tree, not an equal one (JavaParser compares whole subtrees). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile f && f.unit == unit && f.path.equals(path) && f.relativePath.equals(relativePath);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }
}
