package dev.lambdalint.cli;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.ProjectPom;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baseline}: what {@code mvn lambda-lint:baseline} does. Writes the baseline file with every current finding,
 * so that {@code check} from then on fails only on new ones.
 */
@Command(name = "baseline", sortOptions = false, usageHelpAutoWidth = true,
        customSynopsis = "lambda-lint baseline [OPTIONS] [PROJECT_DIR]",
        description = {"Writes the baseline (--baseline, default lambda-lint-baseline.json in the project) with "
                + "every current finding, so that check from then on fails only on new ones. Takes the same "
                + "options as check."})
final class BaselineCommand implements Callable<Integer> {

    @Mixin
    private AnalysisOptions options;

    @Override
    public Integer call() {
        Console console = options.console();
        ProjectPom pom = options.pom(console);
        // the old baseline, if any, is replaced: it neither filters the findings nor has to be readable
        Baseline accepted = LambdaLint.check(options.request(pom, console), options.policy().withBaseline(null))
                .acceptAll();
        Path file = options.baselineFile();
        try {
            accepted.write(file);
        } catch (RuntimeException e) {
            throw new ConfigurationException("could not write the baseline " + file + ": " + e.getMessage(), e);
        }
        console.info(accepted.writtenMessage(options.shown(file)));
        return LambdaLintCli.PASSED;
    }
}
