package dev.lambdalint.fix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a front end prints of a {@link FixPlan}, the same from the Maven goal and the command line: each fix with
 * where it is, each changed file's diff, each finding left with its reason, then one closing line.
 */
public final class FixReport {
    /** The dry run's patch, in the output directory. */
    public static final String PATCH_FILE = "fixes.patch";

    private FixReport() {
    }

    /**
     * {@code lambda-lint: fixed path:[line,col] rule-id: what it does} (or {@code would fix} in a dry run) for every fix
     * of a file, then that file's diff; then {@code lambda-lint: not fixed ...: no automatic fix, why} for each
     * finding left.
     */
    public static List<String> lines(FixPlan plan, boolean dryRun) {
        String verb = dryRun ? "would fix " : "fixed ";
        List<String> lines = new ArrayList<>();
        for (FixPlan.Change change : plan.changes()) {
            for (FindingFix fix : change.fixes()) {
                lines.add("lambda-lint: " + verb + where(fix) + ": " + fix.description());
            }
            lines.add(change.diff().stripTrailing());
        }
        for (FindingFix fix : plan.notFixed()) {
            lines.add("lambda-lint: not fixed " + where(fix) + ": no automatic fix, " + fix.reason());
        }
        return lines;
    }

    /** After a dry run wrote {@code patch} (as it is shown): how many fixes in how many files, and how to apply it. */
    public static String dryRunSummary(FixPlan plan, Path patch) {
        return "lambda-lint: dry run, no source changed; " + plural(fixes(plan), "fix") + " in "
                + plural(plan.changes().size(), "file") + " written to " + patch
                + (plan.isEmpty() ? "" : plan.reachesOutside()
                ? " (apply it with git apply from the repository's root: it changes files outside this module)"
                : " (apply it with git apply)");
    }

    /** After the plan was applied: how many fixes in how many files, how many findings are left. */
    public static String appliedSummary(FixPlan plan) {
        return "lambda-lint: " + plural(fixes(plan), "fix") + " made in " + plural(plan.changes().size(), "file")
                + ", " + plural(plan.notFixed().size(), "finding") + " left to fix by hand";
    }

    private static long fixes(FixPlan plan) {
        return plan.changes().stream().mapToLong(c -> c.fixes().size()).sum();
    }

    private static String where(FindingFix fix) {
        return fix.path() + ":[" + fix.line() + "," + fix.column() + "] " + fix.ruleId();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("x") ? "es" : "s");
    }
}
