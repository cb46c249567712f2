package dev.lambdalint.fix;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.deploy.TemplateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code lambda-lint:fix} would do to a project: the files it changes (each with its text before and after and
 * the fixes it makes), the findings it leaves with the reason, and the whole as one unified diff. Nothing is written
 * until {@link #apply()} (or {@link #writePatch}); a file without a fixable finding is never touched.
 */
public final class FixPlan {
    private final Path baseDir;
    private final Charset charset;
    private final List<Change> changes;
    private final List<FindingFix> notFixed;

    /** One file's change: its path relative to the base directory, its text before and after, the fixes in it. */
    public record Change(String path, String before, String after, List<FindingFix> fixes) {
        public Change {
            fixes = List.copyOf(fixes);
        }

        public String diff() {
            return UnifiedDiff.of(path, before, after);
        }
    }

    private FixPlan(Path baseDir, Charset charset, List<Change> changes, List<FindingFix> notFixed) {
        this.baseDir = baseDir;
        this.charset = charset;
        this.changes = List.copyOf(changes);
        this.notFixed = List.copyOf(notFixed);
    }

    /**
     * The plan of an analysis's fixes, against the files as they are now.
     *
     * @throws IllegalStateException naming a file that changed since it was analyzed
     */
    public static FixPlan of(AnalysisResult result, Charset charset) {
        Path baseDir = result.baseDir();
        FixSet fixes = result.fixes();
        List<Change> changes = new ArrayList<>();
        for (FileFix file : fixes.files()) {
            String before = read(baseDir.resolve(file.path()), charset);
            if (!FixPlanner.sha256(before).equals(file.sha256())) {
                throw new IllegalStateException(file.path() + " changed since it was analyzed; run the fix again");
            }
            String after = EditRenderer.applyEdits(before, file.edits());
            List<FindingFix> made = fixes.findings().stream()
                    .filter(f -> f.fixable() && f.path().equals(file.path())).toList();
            if (!after.equals(before)) {
                changes.add(new Change(file.path(), before, after, made));
            }
        }
        List<FindingFix> left = fixes.findings().stream().filter(f -> !f.fixable()).toList();
        return new FixPlan(baseDir, charset, changes, left);
    }

    public List<Change> changes() {
        return changes;
    }

    /** The findings without an automatic fix, each with the reason. */
    public List<FindingFix> notFixed() {
        return notFixed;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Every change as one unified diff. Its paths are relative to the root of the git work tree that holds the base
     * directory (else to the base directory), as {@code git apply} wants them from the root or from the module.
     */
    public String diff() {
        String prefix = repositoryPrefix(baseDir);
        StringBuilder out = new StringBuilder();
        changes.forEach(c -> out.append(UnifiedDiff.of(collapsed(prefix + c.path()), c.before(), c.after())));
        return out.toString();
    }

    /**
     * Whether a change is outside the base directory (a sibling module's source the analysis read): {@code git apply}
     * run in the module's directory skips such a file without a word, so the patch is applied from the root.
     */
    public boolean reachesOutside() {
        return changes.stream().anyMatch(c -> collapsed(c.path()).startsWith("../"));
    }

    /** "app/../shared/A.java" as "shared/A.java": {@code git apply} refuses a path that goes up. */
    static String collapsed(String path) {
        return Path.of(path).normalize().toString().replace('\\', '/');
    }

    /** "orders/" for a module at orders/ of a git work tree; "" at its root or outside any work tree. */
    static String repositoryPrefix(Path baseDir) {
        Path dir = baseDir.toAbsolutePath().normalize();
        String relative = TemplateFiles.repositoryRoot(dir, null).relativize(dir).toString().replace('\\', '/');
        return relative.isEmpty() ? "" : relative + "/";
    }

    /** Writes {@link #diff()} to {@code file}, creating its directory; nothing else is written. */
    public Path writePatch(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, diff(), java.nio.charset.StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("lambda-lint could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes each changed file, in the sources' encoding, after checking it is still as it was planned from.
     *
     * @return the files written
     * @throws IllegalStateException naming a file that changed since the plan was made (none is written then)
     */
    public List<Path> apply() {
        for (Change change : changes) {
            if (!read(baseDir.resolve(change.path()), charset).equals(change.before())) {
                throw new IllegalStateException(change.path() + " changed since the fix was planned; run it again");
            }
        }
        List<Path> written = new ArrayList<>();
        for (Change change : changes) {
            Path file = baseDir.resolve(change.path());
            try {
                Files.writeString(file, change.after(), charset);
            } catch (IOException e) {
                throw new UncheckedIOException("lambda-lint could not write " + change.path() + ": "
                        + e.getMessage(), e);
            }
            written.add(file);
        }
        return written;
    }

    private static String read(Path file, Charset charset) {
        try {
            return new String(Files.readAllBytes(file), charset);
        } catch (IOException e) {
            throw new UncheckedIOException("lambda-lint could not read " + file + ": " + e.getMessage(), e);
        }
    }
}
