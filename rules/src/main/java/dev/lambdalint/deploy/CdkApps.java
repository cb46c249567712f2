package dev.lambdalint.deploy;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The CDK apps of a repository: folders holding {@code cdk.json}. The search is bounded, never a walk of the whole
 * tree: at most {@link #MAX_DEPTH} folders below the root (an {@code infra/} beside the modules is 1, a
 * {@code services/orders/infra/} is 3), at most {@link #MAX_FOLDERS} folders in all, breadth first; symbolic links
 * are not followed, and hidden folders ({@code .git}, {@code .aws-sam}), dependencies and build outputs
 * ({@code node_modules}, {@code target}, {@code build}, {@code cdk.out}, ...) are not entered.
 */
final class CdkApps {
    static final int MAX_DEPTH = 4;
    static final int MAX_FOLDERS = 5_000;
    private static final Set<String> NOT_ENTERED = Set.of("node_modules", "target", "build", "cdk.out", "out", "dist",
            "bin", "obj", "vendor", "venv", "__pycache__", "src");

    /** The apps found, and whether the search stopped at its folder limit. */
    record Found(List<Path> apps, int folders, boolean truncated) {
        String describe() {
            return "at most " + MAX_DEPTH + " folders deep (" + folders + " folders looked at"
                    + (truncated ? ", stopped at the limit of " + MAX_FOLDERS : "") + ")";
        }
    }

    private CdkApps() {
    }

    static Found under(Path root) {
        List<Path> apps = new ArrayList<>();
        Deque<Path> queue = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        queue.add(root);
        depths.add(0);
        int folders = 0;
        while (!queue.isEmpty()) {
            if (folders >= MAX_FOLDERS) {
                return new Found(apps, folders, true);
            }
            Path dir = queue.poll();
            int depth = depths.poll();
            folders++;
            if (Files.isRegularFile(dir.resolve(TemplateFiles.CDK_APP))) {
                apps.add(dir);
            }
            if (depth < MAX_DEPTH) {
                for (Path child : children(dir)) {
                    queue.add(child);
                    depths.add(depth + 1);
                }
            }
        }
        return new Found(apps, folders, false);
    }

    /** The folders to enter below one, sorted, so that the same tree always gives the same apps. */
    private static List<Path> children(Path dir) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path child : stream) {
                String name = child.getFileName().toString();
                if (!name.startsWith(".") && !NOT_ENTERED.contains(name)
                        && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    children.add(child);
                }
            }
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            return List.of(); // an unlistable folder holds no app that could be read
        }
        children.sort(null);
        return children;
    }
}
