package dev.lambdalint.maven;

import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.outcome.Outcome;
import dev.lambdalint.outcome.Policy;
import dev.lambdalint.report.ConsoleReport;
import dev.lambdalint.report.ReportWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Finds the code of AWS Lambda handlers that does per invocation what should be done once per execution
 * environment, writes the reports and fails the build when a finding reaches {@code failOnSeverity}.
 *
 * <p>A thin adapter: the parameters become the engine's request and policy ({@link LambdaLintMojo}), the engine
 * analyzes and decides, and this class logs the {@link Outcome}, writes the reports and throws when the build fails.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends LambdaLintMojo {

    @Override
    void run(Policy policy) throws MojoExecutionException, MojoFailureException {
        Outcome outcome = check(policy);
        Log log = getLog();
        boolean colour = colour();
        for (Finding finding : outcome.fresh()) {
            // one log entry per finding: the compiler-style line, then the call chain without a level prefix
            logFor(log, finding.severity()).accept(String.join(System.lineSeparator(),
                    ConsoleReport.lines(finding, colour, outcome.analysis().fixes())));
        }
        outcome.staleWarning().ifPresent(log::warn);
        outcome.usageWarnings().forEach(log::warn);
        outcome.usageNotes().forEach(log::info);

        Path outDir = outputDirectory();
        try {
            ReportWriter.writeAll(outcome.reportInput(toolVersion(), generatedAt()).withAutomationId(automationId()),
                    outDir);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("lambda-lint: could not write the reports to " + outDir + ": "
                    + e.getMessage(), e);
        }
        outcome.usageLines().forEach(log::info);
        log.info(outcome.summary(shown(outDir.resolve(ReportWriter.HTML_FILE)), colour));

        if (outcome.fails()) {
            throw new MojoFailureException(outcome.verdict().failureMessage());
        }
        outcome.verdict().warning().ifPresent(log::warn);
    }

    private static Consumer<String> logFor(Log log, Severity severity) {
        return switch (severity) {
            case ERROR -> log::error;
            case WARNING -> log::warn;
            case INFO -> log::info;
        };
    }
}
