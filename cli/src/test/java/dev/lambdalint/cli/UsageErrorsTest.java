package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit code 2: the message on stderr, no stack trace, nothing analyzed or written. */
class UsageErrorsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);
    }

    @Test
    void anUnknownOptionIsRefusedWithASuggestion() {
        Cli cli = Cli.run("check", "--fail-on-severit", "error", dir.toString());

        assertUsageError(cli, "lambda-lint: Unknown option");
        assertTrue(cli.err().contains("'--fail-on-severit'"), cli.toString());
        assertTrue(cli.err().contains("Possible solutions: --fail-on-severity"), "the option meant: " + cli);
        assertTrue(cli.err().contains("Try 'lambda-lint check --help' for the options."), cli.toString());
    }

    @Test
    void aMissingProjectDirectoryIsRefused() {
        Path missing = dir.resolve("nowhere");

        assertUsageError(Cli.run("check", missing.toString()),
                "lambda-lint: the project directory " + missing + " does not exist");
        assertUsageError(Cli.run("baseline", missing.toString()), "does not exist");
    }

    @Test
    void aFileAsProjectDirectoryIsRefused() {
        Path file = dir.resolve("src/main/java/com/acme/OrderHandler.java");

        assertUsageError(Cli.run("check", file.toString()), "is not a directory");
    }

    @Test
    void noCommandIsRefused() {
        assertUsageError(Cli.run(), "lambda-lint: Missing command: check, baseline or fix");
        assertUsageError(Cli.run("lint"), "Unmatched argument at index 0: 'lint'");
    }

    @Test
    void badValuesAreRefusedNamingTheOption() {
        assertUsageError(Cli.run("check", "--fail-on-severity", "fatal", dir.toString()),
                "lambda-lint: invalid value 'fatal' for --fail-on-severity; expected error, warning or info");
        assertUsageError(Cli.run("check", "--threads", "0", dir.toString()),
                "lambda-lint: --threads must be 1 or more, not 0");
        assertUsageError(Cli.run("check", "--threads", "many", dir.toString()), "'many' is not an int");
        assertUsageError(Cli.run("check", "--color", "sometimes", dir.toString()),
                "expected one of [auto, always, never]");
        assertUsageError(Cli.run("check", "--encoding", "klingon-8", dir.toString()),
                "lambda-lint: unknown encoding 'klingon-8' for --encoding");
        assertUsageError(Cli.run("check", "--function-names", "orders-prod", dir.toString()),
                "lambda-lint: invalid --function-names entry 'orders-prod'; expected usage-name=LogicalId");
        assertUsageError(Cli.run("check", "--aws", "--aws-look-back-days", "0", dir.toString()),
                "--aws-look-back-days and --aws-time-budget-seconds must be 1 or more, not 0 and 120");
    }

    @Test
    void ruleOptionsAreCheckedByTheEngine() {
        assertUsageError(Cli.run("check", "--rule", "no-such-rule:error", dir.toString()),
                "unknown rule id 'no-such-rule'; the rules are client-per-invocation, ");
        assertUsageError(Cli.run("check", "--rule", "unbounded-cache", dir.toString()),
                "invalid --rule 'unbounded-cache'; expected RULE:SEVERITY");
        assertUsageError(Cli.run("check", "--rule", "unbounded-cache:fatal", dir.toString()),
                "invalid severity 'fatal' in --rule unbounded-cache:fatal");
        assertUsageError(Cli.run("check", "--rule", "unbounded-cache:error", "--rule", "unbounded-cache:info",
                dir.toString()), "--rule gives unbounded-cache two severities: error and info");
        assertUsageError(Cli.run("check", "--rule-option", "memory-overprovisioned.minInvocation=5", dir.toString()),
                "unknown option 'minInvocation' of rule memory-overprovisioned; its options are ");
        assertUsageError(Cli.run("check", "--rule-option", "memory-overprovisioned.minInvocations=many",
                dir.toString()), "option minInvocations of rule memory-overprovisioned ");
        assertUsageError(Cli.run("check", "--rule-option", "memory-overprovisioned=5", dir.toString()),
                "expected RULE.OPTION=VALUE");
    }

    @Test
    void liveModeIsRefusedOffline() {
        assertUsageError(Cli.run("check", "--aws", "--offline", dir.toString()), "lambda-lint: ");
    }

    @Test
    void anUnreadableBaselineIsRefusedNamingTheFile() throws IOException {
        Files.writeString(dir.resolve("lambda-lint-baseline.json"), "{ not json");

        assertUsageError(Cli.run("check", dir.toString()), "cannot use the baseline "
                + dir.resolve("lambda-lint-baseline.json"));
    }

    private void assertUsageError(Cli cli, String message) {
        assertEquals(LambdaLintCli.USAGE, cli.exit(), cli.toString());
        assertTrue(cli.err().contains(message), cli.toString());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli);
        assertEquals("", cli.out(), "nothing analyzed: " + cli);
        assertFalse(Files.exists(dir.resolve("target")), "nothing written: " + cli);
    }
}
