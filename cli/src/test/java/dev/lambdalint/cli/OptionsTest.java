package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void pluginParameterNamesBecomeKebabCaseOptions() {
        assertEquals("--dry-run", AnalysisOptions.optionName("dryRun"));
        assertEquals("--fail-on-severity", AnalysisOptions.optionName("failOnSeverity"));
        assertEquals("--aws-look-back-days", AnalysisOptions.optionName("awsLookBackDays"));
        assertEquals("--threads", AnalysisOptions.optionName("threads"));
    }

    @Test
    void everyCommandDocumentsTheOptionsNamedAfterThePluginsParameters() {
        for (String command : List.of("check", "baseline")) {
            Cli help = Cli.run(command, "--help");

            assertEquals(0, help.exit(), help.toString());
            assertTrue(help.out().startsWith("Usage: lambda-lint " + command + " [OPTIONS] [PROJECT_DIR]"), help.out());
            for (String parameter : List.of("sourceRoots", "includes", "excludes", "clientTypes", "templates", "usage",
                    "functionNames", "stackName", "failOnSeverity", "threads", "baseline", "encoding", "aws",
                    "awsRegion", "awsProfile", "awsLookBackDays", "awsFunctionPrefix", "awsTimeBudgetSeconds")) {
                assertTrue(help.out().contains(AnalysisOptions.optionName(parameter)), parameter + " in " + help.out());
            }
            for (String option : List.of("--no-fail", "--output-dir", "--[no-]cache", "--rule=", "--disable-rule",
                    "--rule-option", "--automation-id", "--offline", "--color", "Exit codes:")) {
                assertTrue(help.out().contains(option), option + " in " + help.out());
            }
        }
    }

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        Cli version = Cli.run("--version");
        Cli helpCommand = Cli.run("help", "baseline");

        assertEquals(0, help.exit());
        assertTrue(help.out().contains("check") && help.out().contains("baseline"), help.out());
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("lambda-lint \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), version.out());
        assertEquals(0, Cli.run("check", "--version").exit());
        assertEquals(0, helpCommand.exit());
        assertTrue(helpCommand.out().startsWith("Usage: lambda-lint baseline"), helpCommand.out());
    }
}
