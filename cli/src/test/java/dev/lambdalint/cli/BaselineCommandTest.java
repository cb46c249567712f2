package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {
    @TempDir
    Path dir;

    @Test
    void aBaselinedFindingPassesAndANewOneFails() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli baseline = Cli.run("baseline", dir.toString());

        assertEquals(LambdaLintCli.PASSED, baseline.exit(), baseline.toString());
        assertTrue(baseline.out().contains("[INFO] lambda-lint: baseline of 1 finding written to "
                + "lambda-lint-baseline.json"), baseline.toString());
        String written = Files.readString(dir.resolve("lambda-lint-baseline.json"));
        assertTrue(written.contains("client-per-invocation | com.acme.OrderHandler | "), written);

        Cli accepted = Cli.run("check", dir.toString());
        assertEquals(LambdaLintCli.PASSED, accepted.exit(), accepted.toString());
        assertFalse(accepted.out().contains("[ERROR] src/"), "a baselined finding is not printed: " + accepted);
        assertTrue(accepted.out().contains(", 1 baselined"), accepted.toString());

        Projects.write(dir, "src/main/java/com/acme/RefundHandler.java", Projects.PER_INVOCATION
                .replace("OrderHandler", "RefundHandler"));
        Cli added = Cli.run("check", dir.toString());
        assertEquals(LambdaLintCli.FAILED, added.exit(), added.toString());
        assertTrue(added.out().contains("[ERROR] src/main/java/com/acme/RefundHandler.java:[11,30]"), added.toString());
        assertFalse(added.out().contains("[ERROR] src/main/java/com/acme/OrderHandler.java"), added.toString());
        assertTrue(added.out().contains("lambda-lint found 1 finding at or above warning (1 error)"), added.toString());
    }

    @Test
    void theBaselineOptionNamesAnotherFileForBothCommands() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        assertEquals(0, Cli.run("baseline", "--baseline", "config/accepted.json", dir.toString()).exit());

        assertTrue(Files.isRegularFile(dir.resolve("config/accepted.json")));
        assertFalse(Files.exists(dir.resolve("lambda-lint-baseline.json")));
        assertEquals(LambdaLintCli.FAILED, Cli.run("check", dir.toString()).exit(), "the default file is absent");
        assertEquals(LambdaLintCli.PASSED, Cli.run("check", "--baseline", "config/accepted.json", dir.toString())
                .exit());
    }

    @Test
    void aStaleEntryIsAWarningNamingWhatToPrune() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);
        assertEquals(0, Cli.run("baseline", dir.toString()).exit());

        Projects.withHandler(dir, Projects.ONCE);
        Cli fixed = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.PASSED, fixed.exit(), fixed.toString());
        assertTrue(fixed.out().contains("[WARNING] lambda-lint: 1 baseline entry no longer matches a finding"),
                fixed.toString());
    }
}
