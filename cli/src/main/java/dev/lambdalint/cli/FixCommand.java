package dev.lambdalint.cli;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.fix.FixPlan;
import dev.lambdalint.fix.FixReport;
import dev.lambdalint.fix.Fixes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code fix}: what {@code mvn lambda-lint:fix} does. The engine analyzes and plans the fixes that keep the program's
 * meaning; this prints each change and each finding left with its reason, then applies the plan, or with
 * {@code --dry-run} writes it as {@code fixes.patch} in the output directory and changes nothing.
 */
@Command(name = "fix", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "lambda-lint fix [--dry-run] [OPTIONS] [PROJECT_DIR]",
        description = {"Moves clients and reusable objects built per invocation into static final fields and takes "
                + "out the closes of the clients that are shared then; prints each change and each finding left. "
                + "Takes the same options as check; the baseline is not read (every finding is fixed)."})
final class FixCommand implements Callable<Integer> {

    @Mixin
    private AnalysisOptions options;

    @Option(names = "--dry-run", negatable = true,
            description = "Change nothing: write the fixes to fixes.patch in the output directory, for git apply "
                    + "(the plugin's dryRun).")
    private boolean dryRun;

    @Override
    public Integer call() {
        Console console = options.console();
        var pom = options.pom(console);
        boolean dry = options.values().bool("dryRun", dryRun);
        // every finding that counts is fixed, the ones a baseline accepted too
        AnalysisResult result = LambdaLint.check(options.request(pom, console), options.policy().withBaseline(null))
                .analysis();
        FixPlan plan;
        try {
            plan = Fixes.plan(result, options.sourceEncoding());
        } catch (RuntimeException e) {
            throw new ConfigurationException("cannot plan the fixes: " + e.getMessage(), e);
        }
        FixReport.lines(plan, dry).forEach(console::info);
        try {
            if (dry) {
                Path patch = plan.writePatch(options.outputDirectory().resolve(FixReport.PATCH_FILE));
                console.info(FixReport.dryRunSummary(plan, options.shown(patch)));
            } else {
                plan.apply();
                console.info(FixReport.appliedSummary(plan));
            }
        } catch (RuntimeException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        return LambdaLintCli.PASSED;
    }
}
