package dev.lambdalint.cli;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.config.ProjectPom;
import dev.lambdalint.outcome.Outcome;
import dev.lambdalint.report.ReportWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code check}: what {@code mvn lambda-lint:check} does, from the command line. The options become the engine's
 * request and policy, the engine analyzes and decides, and this prints the {@link Outcome} as the goal logs it,
 * writes the same reports and turns the verdict into the exit code.
 */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "lambda-lint check [OPTIONS] [PROJECT_DIR]",
        description = {"Analyzes the project, prints the findings compiler-style, writes report.html, "
                + "lambda-lint.sarif and lambda-lint.json, and exits 1 when a finding reaches --fail-on-severity."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    private AnalysisOptions options;

    @Override
    public Integer call() {
        Console console = options.console();
        ProjectPom pom = options.pom(console);
        Outcome outcome = LambdaLint.check(options.request(pom, console), options.policy());
        for (Finding finding : outcome.fresh()) {
            console.finding(finding, outcome.analysis().fixes());
        }
        outcome.staleWarning().ifPresent(console::warn);
        outcome.usageWarnings().forEach(console::warn);
        outcome.usageNotes().forEach(console::info);

        Path outDir = options.outputDirectory();
        try {
            ReportWriter.writeAll(outcome.reportInput(Version.number(), options.generatedAt())
                    .withAutomationId(options.automationId(pom)), outDir);
        } catch (RuntimeException e) {
            throw new ConfigurationException("could not write the reports to " + outDir + ": " + e.getMessage(), e);
        }
        outcome.usageLines().forEach(console::info);
        console.info(outcome.summary(options.shown(options.htmlReport()), console.colour()));

        if (outcome.fails()) {
            console.error(outcome.verdict().failureMessage());
            return LambdaLintCli.FAILED;
        }
        outcome.verdict().warning().ifPresent(console::warn);
        return LambdaLintCli.PASSED;
    }
}
