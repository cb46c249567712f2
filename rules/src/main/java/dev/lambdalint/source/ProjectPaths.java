package dev.lambdalint.source;

import java.io.IOException;
import java.nio.file.Path;

/** How input files are named in findings, and how one file reached through links is recognised. */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    /**
     * The file relative to the base directory, with '/' separators: {@code ../common/src/...} for a file of a sibling
     * folder (another module of the build), absolute only when the two share no folder but the file system's root.
     */
    public static String relative(Path baseDir, Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        Path relative = normalized.startsWith(base) || sharesAFolder(base, normalized) ? base.relativize(normalized)
                : normalized;
        return relative.toString().replace('\\', '/');
    }

    private static boolean sharesAFolder(Path base, Path file) {
        return base.getRoot() != null && base.getRoot().equals(file.getRoot()) && base.getNameCount() > 0
                && file.getNameCount() > 0 && base.getName(0).equals(file.getName(0));
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
