package dev.lambdalint.source;

import java.io.IOException;
import java.nio.file.Path;

/** How input files are named in findings, and how one file reached through links is recognised. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    /** The file relative to the base directory, with '/' separators; absolute when it lies outside. */
    public static String relative(Path baseDir, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path relative = normalized.startsWith(baseDir) ? baseDir.relativize(normalized) : normalized;
        return relative.toString().replace('\\', '/');
    }

    /** The file's real path, so that a file reached through a symbolic link is read once. */
    public static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
