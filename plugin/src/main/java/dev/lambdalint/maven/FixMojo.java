package dev.lambdalint.maven;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.fix.FixPlan;
import dev.lambdalint.fix.FixReport;
import dev.lambdalint.fix.Fixes;
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
            plan = Fixes.plan(result, sourceEncoding());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: cannot plan the fixes: " + e.getMessage(), e);
        }
        FixReport.lines(plan, dryRun).forEach(log::info);
        try {
            if (dryRun) {
                Path patch = plan.writePatch(outputDirectory().resolve(FixReport.PATCH_FILE));
                log.info(FixReport.dryRunSummary(plan, shown(patch)));
            } else {
                plan.apply();
                log.info(FixReport.appliedSummary(plan));
            }
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: " + e.getMessage(), e);
        }
    }
}
