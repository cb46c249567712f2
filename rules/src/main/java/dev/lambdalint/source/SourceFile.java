package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;

/** A parsed Java source: its absolute path, its path relative to the analysis base ('/' separators), its AST. */
public record SourceFile(Path path, String relativePath, CompilationUnit unit) {
}
