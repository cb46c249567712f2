package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What earlier analyses learnt of file contents, by a hash of their bytes: an unchanged file's signature and parse
 * outcome are recalled instead of being read again, and its kept syntax tree is loaded instead of being parsed
 * again. Implementations are called from several threads at once.
 */
public interface FileMemory {
    /** Remembers nothing: every file is read and parsed. */
    FileMemory NONE = new FileMemory() {
        @Override
        public Optional<FileRecord> recall(String hash) {
            return Optional.empty();
        }

        @Override
        public Optional<CompilationUnit> tree(String hash, Consumer<Node> built, PositionTable positions,
                                              Map<String, String> names) {
            return Optional.empty();
        }

        @Override
        public void remember(String hash, FileRecord record, CompilationUnit keptTree) {
        }
    };

    Optional<FileRecord> recall(String hash);

    /** The kept tree of the content, when one was remembered and can still be read. */
    default Optional<CompilationUnit> tree(String hash) {
        return tree(hash, node -> { }, new PositionTable(), new HashMap<>());
    }

    /**
     * {@link #tree(String)}, each node handed to {@code built} once it is complete, children first, its positions
     * shared through {@code positions} and its strings through {@code names} (string to its one copy).
     */
    Optional<CompilationUnit> tree(String hash, Consumer<Node> built, PositionTable positions,
                                   Map<String, String> names);

    /** Remembers what the content contributed; {@code keptTree} is null when no tree is kept for it. */
    void remember(String hash, FileRecord record, CompilationUnit keptTree);
}
