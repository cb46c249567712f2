package dev.lambdalint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String FINDING = "[ERROR] src/main/java/com/acme/OrderHandler.java:[11,30] "
            + "client-per-invocation: DynamoDbClient";

    @TempDir
    Path dir;

    @Test
    void aFindingAtTheThresholdExitsOneAndIsPrintedAsTheGoalLogsIt() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains(FINDING), cli.toString());
        assertTrue(cli.out().contains(System.lineSeparator() + "    via OrderHandler.handleRequest"), cli.toString());
        assertTrue(cli.out().contains("[INFO] lambda-lint: 1 error in 1 handler (1 file, "), cli.toString());
        assertTrue(cli.out().contains("Report: target/lambda-lint/report.html"), cli.toString());
        assertTrue(cli.out().strip().endsWith("[ERROR] lambda-lint found 1 finding at or above warning (1 error)"),
                cli.toString());
        assertEquals("", cli.err());
        for (String report : new String[] {"report.html", "lambda-lint.sarif", "lambda-lint.json"}) {
            assertTrue(Files.isRegularFile(dir.resolve("target/lambda-lint").resolve(report)), report);
        }
    }

    @Test
    void noFailReportsTheSameFindingAndExitsZero() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", "--no-fail", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains(FINDING), cli.toString());
        assertTrue(cli.out().contains("[WARNING] lambda-lint: 1 finding at or above warning"), cli.toString());
    }

    @Test
    void aCleanProjectExitsZero() throws IOException {
        Projects.withHandler(dir, Projects.ONCE);

        Cli cli = Cli.run("check", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[INFO] lambda-lint: no findings in 1 handler"), cli.toString());
        assertFalse(cli.out().contains("[ERROR]"), cli.toString());
    }

    @Test
    void theProjectDirectoryDefaultsToTheCurrentOneAndOptionsMayFollowIt() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", dir.toString(), "--fail-on-severity", "error", "--no-cache");

        assertEquals(LambdaLintCli.FAILED, cli.exit(), cli.toString());
        Cli here = Cli.run("check", "--no-fail");
        assertEquals(LambdaLintCli.PASSED, here.exit(), here.toString());
        assertTrue(here.out().contains("lambda-lint: "), "the module's own directory has no handler: " + here);
    }

    @Test
    void ruleSeverityAndThresholdDecideTogether() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", "--rule", "client-per-invocation:warning", "--fail-on-severity", "error",
                dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[WARNING] src/main/java/com/acme/OrderHandler.java:[11,30] "
                + "client-per-invocation:"), cli.toString());
    }

    @Test
    void aDisabledRuleReportsNothing() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", "--disable-rule", "client-per-invocation", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertFalse(cli.out().contains("client-per-invocation"), cli.toString());
    }

    @Test
    void sourceRootsOutputDirectoryAndPathsAreRelativeToTheProject() throws IOException {
        Projects.write(dir, "src/other/java/com/acme/OrderHandler.java", Projects.PER_INVOCATION);

        Cli cli = Cli.run("check", "--source-roots", "src/main/java,src/other/java", "--output-dir", "build/lint",
                dir.toString());

        assertEquals(LambdaLintCli.FAILED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[ERROR] src/other/java/com/acme/OrderHandler.java:[11,30]"), cli.toString());
        assertTrue(cli.out().contains("Report: build/lint/report.html"), cli.toString());
        assertTrue(Files.isRegularFile(dir.resolve("build/lint/lambda-lint.json")));
        assertFalse(Files.exists(dir.resolve("target")));
    }

    @Test
    void aNamedSourceRootThatIsMissingIsAWarning() throws IOException {
        Projects.withHandler(dir, Projects.ONCE);

        Cli cli = Cli.run("check", "--source-roots", "src/main/java,src/gone", dir.toString());

        assertEquals(LambdaLintCli.PASSED, cli.exit(), cli.toString());
        assertTrue(cli.out().contains("[WARNING] lambda-lint: no source root " + dir.resolve("src/gone")),
                cli.toString());
    }

    @Test
    void theAutomationIdNamesThePomsArtifactIdElseTheDirectory() throws IOException {
        Path withPom = Projects.write(Projects.withHandler(dir.resolve("a"), Projects.ONCE), "pom.xml", Projects.POM);
        Path gradle = Projects.withHandler(dir.resolve("gradle-app"), Projects.ONCE);

        assertEquals(0, Cli.run("check", withPom.toString()).exit());
        assertEquals(0, Cli.run("check", gradle.toString()).exit());
        assertEquals(0, Cli.run("check", "--automation-id", "lambda-lint/custom/", "--output-dir", "other",
                gradle.toString()).exit());

        assertEquals("lambda-lint/orders/", automationId(withPom.resolve("target/lambda-lint")));
        assertEquals("lambda-lint/gradle-app/", automationId(gradle.resolve("target/lambda-lint")));
        assertEquals("lambda-lint/custom/", automationId(gradle.resolve("other")));
    }

    @Test
    void colourFollowsTheColorOptionAndNoColor() throws IOException {
        Projects.withHandler(dir, Projects.PER_INVOCATION);

        Cli always = Cli.run(Map.of("NO_COLOR", "1"), "check", "--color", "always", dir.toString());
        Cli never = Cli.run("check", "--color=never", dir.toString());
        Cli auto = Cli.run(Map.of("TERM", "xterm"), "check", dir.toString());

        assertTrue(always.out().contains("\u001B[1;31mERROR\u001B[0m"), always.toString());
        assertTrue(always.out().contains("\u001B[31mclient-per-invocation\u001B[0m"), always.toString());
        assertFalse(never.out().contains("\u001B["), never.toString());
        assertFalse(auto.out().contains("\u001B["), "no terminal under the test runner: " + auto);
    }

    @Test
    void sourceDateEpochFixesTheTimeInTheHtmlReport() throws IOException {
        Projects.withHandler(dir, Projects.ONCE);

        Cli cli = Cli.run(Map.of("SOURCE_DATE_EPOCH", "1714557600"), "check", dir.toString());

        assertEquals(0, cli.exit(), cli.toString());
        assertTrue(Files.readString(dir.resolve("target/lambda-lint/report.html")).contains("2024-05-01"));
    }

    private static String automationId(Path outputDir) throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(outputDir.resolve("lambda-lint.sarif").toFile());
        return sarif.path("runs").path(0).path("automationDetails").path("id").asText();
    }
}
