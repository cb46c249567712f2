package dev.lambdalint.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source files that findings point into, read once each. A file that cannot be read is simply absent:
 * reports then leave out the snippet rather than fail.
 */
final class SourceLines {
    private final Path baseDir;
    private final Map<String, Optional<List<String>>> cache = new HashMap<>();

    SourceLines(Path baseDir) {
        this.baseDir = baseDir;
    }

    Optional<List<String>> file(String relativePath) {
        if (baseDir == null || relativePath == null || relativePath.isEmpty()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relativePath, this::read);
    }

    /** The text of a 1-based line, if the file is readable and long enough. */
    Optional<String> line(String relativePath, int line) {
        return file(relativePath).filter(lines -> line >= 1 && line <= lines.size()).map(lines -> lines.get(line - 1));
    }

    private Optional<List<String>> read(String relativePath) {
        try {
            Path file = baseDir.resolve(relativePath);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            // new String(..) replaces malformed bytes instead of throwing, so a Latin-1 file still shows
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        }
    }
}
