package dev.lambdalint.source;

import java.nio.file.Path;

/**
 * Where the content hash of a source file comes from: read and hashed every time ({@link #NONE}), or recalled from
 * an earlier run when the file system shows the file untouched since. Called from several threads at once.
 */
public interface HashMemory {
    /** Reads and hashes every file. */
    HashMemory NONE = ContentHash::of;

    /** The file's {@link ContentHash}; null when it cannot be read. */
    String hash(Path file);
}
