package dev.lambdalint.maven;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.fix.FindingFix;
import dev.lambdalint.fix.FixPlan;
import dev.lambdalint.outcome.Policy;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies the fixes that keep the program's meaning: a client or reusable object built per invocation from nothing
 * that changes moves into a static final field, and closes of shared clients go. Prints each change and each finding
 * left with its reason. With {@code dryRun} it changes nothing and writes the changes as a patch. Never bound to a
 * phase: run it as {@code mvn lambda-lint:fix}. Takes the same analysis parameters as {@code check}.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = true)
public class FixMojo extends LambdaLintMojo {
    static final String PATCH_FILE = "fixes.patch";

    /** Changes nothing: writes the fixes to {@code fixes.patch} in {@code outputDirectory}, for git apply. */
    @Parameter(property = "lambda-lint.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    void run(Policy policy) throws MojoExecutionException {
        Log log = getLog();
        // every finding that counts is fixed, the ones a baseline accepted too: the baseline is not read
        AnalysisResult result = check(policy.withBaseline(null)).analysis();
        FixPlan plan;
        try {
            plan = FixPlan.of(result, sourceEncoding());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: cannot plan the fixes: " + e.getMessage(), e);
        }
        String verb = dryRun ? "would fix " : "fixed ";
        int fixed = 0;
        for (FixPlan.Change change : plan.changes()) {
            for (FindingFix fix : change.fixes()) {
                log.info("lambda-lint: " + verb + where(fix) + ": " + fix.description());
                fixed++;
            }
            log.info(change.diff().stripTrailing());
        }
        for (FindingFix fix : plan.notFixed()) {
            log.info("lambda-lint: not fixed " + where(fix) + ": no automatic fix, " + fix.reason());
        }
        try {
            if (dryRun) {
                Path patch = plan.writePatch(outputDirectory().resolve(PATCH_FILE));
                log.info("lambda-lint: dry run, no source changed; " + plural(fixed, "fix") + " in "
                        + plural(plan.changes().size(), "file") + " written to " + shown(patch)
                        + (plan.isEmpty() ? "" : " (apply it with git apply)"));
            } else {
                plan.apply();
                log.info("lambda-lint: " + plural(fixed, "fix") + " made in " + plural(plan.changes().size(), "file")
                        + ", " + plural(plan.notFixed().size(), "finding") + " left to fix by hand");
            }
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
    }

    private static String where(FindingFix fix) {
        return fix.path() + ":[" + fix.line() + "," + fix.column() + "] " + fix.ruleId();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : word.endsWith("x") ? "es" : "s");
    }
}
