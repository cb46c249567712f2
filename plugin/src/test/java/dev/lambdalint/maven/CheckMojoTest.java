package dev.lambdalint.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.Reader;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.maven.api.di.Provides;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the check goal through the plugin testing harness on the sample projects under
 * src/test/resources/projects. The harness configures the mojo from the sample's pom.xml and the plugin descriptor
 * (defaults and expressions included); the project the mojo sees is a real {@link MavenProject} built from the
 * same pom, with its build directory in a fresh temporary folder.
 */
@MojoTest
class CheckMojoTest {

    private static final List<String> REPORTS = List.of("lambda-lint.sarif", "report.html", "lambda-lint.json");

    private final MavenProject project = new MavenProject();
    private final RecordingLog log = new RecordingLog();

    @TempDir
    Path buildDir;

    @Provides
    MavenProject project() {
        return project;
    }

    @Provides
    Log log() {
        return log;
    }

    /** Points the project at the test's @Basedir sample: its pom, packaging, compile source root and build dir. */
    @BeforeEach
    void setUpProject(TestInfo test) throws Exception {
        Method method = test.getTestMethod().orElseThrow();
        Basedir basedir = method.getAnnotation(Basedir.class);
        if (basedir == null) {
            return;
        }
        Path dir = resource(basedir.value());
        File pom = dir.resolve("pom.xml").toFile();
        Model model;
        try (Reader reader = Files.newBufferedReader(pom.toPath())) {
            model = new MavenXpp3Reader().read(reader);
        }
        project.setFile(pom);
        project.setGroupId(model.getGroupId());
        project.setArtifactId(model.getArtifactId());
        project.setVersion(model.getVersion());
        project.setPackaging(model.getPackaging());
        project.getBuild().setDirectory(buildDir.toString());
        project.addCompileSourceRoot(dir.resolve("src/main/java").toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipAnalyzesNothingAndWritesNoReport(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertFalse(Files.exists(buildDir.resolve("lambda-lint")), "no report directory when skipped");
        assertTrue(log.contains("info", "skipped"), log.toString());
    }

    @Test
    @Basedir("/projects/parent")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void pomPackagingIsSkippedWithOneInfoLine(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertFalse(Files.exists(buildDir.resolve("lambda-lint")));
        assertEquals(1, log.entries().stream().filter(e -> !e.level().equals("debug")).count(), log.toString());
        assertTrue(log.contains("info", "packaging 'pom'"), log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void invalidFailOnSeverityIsRejected(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains("failOnSeverity"), e.getMessage());
        assertTrue(e.getMessage().contains("'fatal'"), e.getMessage());
        assertFalse(Files.exists(buildDir.resolve("lambda-lint")));
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void violationFailsTheBuildAndNamesTheCounts(CheckMojo mojo) throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lambda-lint found 1 finding at or above warning (1 error)", e.getMessage());
        assertTrue(log.contains("error", "src/main/java/com/acme/OrderHandler.java:[12,30] client-per-invocation:"),
                log.toString());
        assertTrue(log.contains("error", System.lineSeparator() + "    via OrderHandler.handleRequest"),
                "the call chain continues the finding's log entry: " + log);
        assertTrue(log.contains("info", "lambda-lint: 1 error in 1 handler"), log.toString());
        assertTrue(log.contains("info", "report.html"), log.toString());
        assertReportsWritten();
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void writesNothingOutsideItsOutputDirectory(CheckMojo mojo) throws Exception {
        Path sources = resource("/projects/violation");
        java.util.Map<Path, String> before = snapshot(sources);

        mojo.execute();
        mojo.execute();

        assertEquals(before, snapshot(sources), "the user's project must not change");
        try (java.util.stream.Stream<Path> written = Files.walk(buildDir)) {
            List<Path> outside = written.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(buildDir.resolve("lambda-lint"))).toList();
            assertEquals(List.of(), outside);
        }
    }

    private static java.util.Map<Path, String> snapshot(Path dir) throws Exception {
        java.util.Map<Path, String> files = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.getLastModifiedTime(p) + " " + Files.size(p));
            }
        }
        return files;
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalseReportsButPasses(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertReportsWritten();
        String sarif = Files.readString(buildDir.resolve("lambda-lint/lambda-lint.sarif"));
        assertTrue(sarif.contains("client-per-invocation"), sarif);
        assertTrue(log.contains("error", "client-per-invocation"), log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnSeverity", value = "ERROR")
    void severityIsCaseInsensitive(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("lambda-lint found 1 finding at or above error (1 error)", e.getMessage());
    }

    @Test
    @Basedir("/projects/memory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void usageFilesJudgeTheTemplatesMemoryAndWhatMatchesNothingIsAnInfoLine(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(log.contains("warn", "template.yaml:[7,7] memory-overprovisioned: ReportFunction uses little of its "
                + "memory: peak Max Memory Used 300 MB is 14.6% of the 2,048 MB configured, over 55 invocations"),
                log.toString());
        assertTrue(log.contains("info", "lambda-lint: usage of 'unknown-fn' (5 invocations) matches no function"),
                log.toString());
        assertTrue(log.contains("info", "lambda-lint: recorded usage: 55 invocations of 1 function, no errors."),
                log.toString());
        assertTrue(log.contains("info", "lambda-lint: where to start (the function that runs most has the most to "
                + "gain): 1. ReportFunction, "), log.toString());
        String json = Files.readString(buildDir.resolve("lambda-lint/lambda-lint.json"));
        assertTrue(json.contains("\"reports-v2\""), "the mapping tied the usage to ReportFunction: " + json);
    }

    @Test
    @Basedir("/projects/memory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void whatWasLookedForAndReadIsDebugLines(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(log.contains("debug", "lambda-lint: looked for templates in ., .., "), log.toString());
        assertTrue(log.contains("debug", "lambda-lint: read template.yaml: "), log.toString());
        assertTrue(log.contains("debug", "lambda-lint: ReportFunction (template.yaml:2) is this module's code: "),
                log.toString());
    }

    @Test
    @Basedir("/projects/memory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "functionNames", value = "reports-v2")
    void aFunctionNamesEntryWithoutALogicalIdIsRejected(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains("invalid functionNames entry 'reports-v2'; expected usage-name=LogicalId"),
                e.getMessage());
    }

    @Test
    @Basedir("/projects/memory")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "aws", value = "true")
    @MojoParameter(name = "awsLookBackDays", value = "0")
    void aLiveModeWithoutALookBackIsRejectedBeforeAnyCall(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().contains("awsLookBackDays and awsTimeBudgetSeconds must be 1 or more"),
                e.getMessage());
    }

    @Test
    @Basedir("/projects/clean")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void cleanProjectPassesAndWritesReports(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertReportsWritten();
        assertTrue(log.entries().stream().noneMatch(e -> e.level().equals("error")), log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "sourceRoots", value = "does-not-exist, src/also-missing")
    void configuredSourceRootsReplaceTheCompileRootsAndMissingOnesAreSkipped(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertReportsWritten();
        assertTrue(log.entries().stream().noneMatch(e -> e.level().equals("error")), log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "excludes", value = "**/OrderHandler.java")
    void excludedFilesAreNotAnalyzed(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertReportsWritten();
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "outputDirectory", value = "${project.build.directory}/elsewhere")
    @MojoParameter(name = "failOnViolation", value = "false")
    void outputDirectoryIsConfigurable(CheckMojo mojo) throws Exception {
        mojo.execute();

        for (String report : REPORTS) {
            assertTrue(Files.isRegularFile(buildDir.resolve("elsewhere").resolve(report)), report);
        }
    }

    @Test
    @Basedir("/projects/custom-client")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void inHouseClientIsUnknownByDefault(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertReportsWritten();
    }

    @Test
    @Basedir("/projects/custom-client")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "clientTypes", value = "com.acme.billing.LedgerClient")
    void configuredClientTypesExtendTheCatalog(CheckMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lambda-lint found 1 finding"), e.getMessage());
        assertTrue(log.contains("error", "src/main/java/com/acme/PaymentHandler.java:[12,31] client-per-invocation:"),
                log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    void baselineAcceptsTodaysFindingsAndCheckThenPasses(
            @InjectMojo(goal = "baseline", pom = "pom.xml")
            @MojoParameter(name = "baseline", value = "${project.build.directory}/accepted.json") BaselineMojo baseline,
            @InjectMojo(goal = "check", pom = "pom.xml")
            @MojoParameter(name = "baseline", value = "${project.build.directory}/accepted.json") CheckMojo check)
            throws Exception {
        baseline.execute();
        assertTrue(Files.readString(buildDir.resolve("accepted.json")).contains("\"ruleId\": \"client-per-invocation\""));
        assertTrue(log.contains("info", "lambda-lint: baseline of 1 finding written to"), log.toString());

        check.execute();

        assertTrue(log.entries().stream().noneMatch(e -> e.level().equals("error")), "baselined, not logged: " + log);
        assertTrue(log.contains("info", "lambda-lint: no findings in 1 handler"), log.toString());
        assertTrue(log.contains("info", ", 1 baselined"), log.toString());
        String sarif = Files.readString(buildDir.resolve("lambda-lint/lambda-lint.sarif"));
        assertTrue(sarif.contains("\"baselineState\": \"unchanged\""), sarif);
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "baseline", value = "${project.build.directory}/accepted.json")
    void staleBaselineEntriesAreListedForPruning(CheckMojo mojo) throws Exception {
        Files.writeString(buildDir.resolve("accepted.json"), "{\"schemaVersion\": 2, \"findings\": [{\"ruleId\": "
                + "\"client-per-invocation\", \"path\": \"src/main/java/com/acme/Gone.java\", \"identity\": "
                + "\"client-per-invocation | com.acme.Gone | run() | S3Client.create()\", "
                + "\"message\": \"S3Client is built on every invocation\"}]}");

        assertThrows(MojoFailureException.class, mojo::execute, "the real finding is new");

        assertTrue(log.contains("warn", "lambda-lint: 1 baseline entry no longer matches a finding"), log.toString());
        assertTrue(log.contains("warn", "    src/main/java/com/acme/Gone.java client-per-invocation: S3Client is built"),
                log.toString());
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "baseline", value = "${project.build.directory}/accepted.json")
    void aBaselineOfAnEarlierVersionStopsTheBuildSayingToRegenerateIt(CheckMojo mojo) throws Exception {
        Files.writeString(buildDir.resolve("accepted.json"), "{\"schemaVersion\": 1, \"findings\": [{\"ruleId\": "
                + "\"client-per-invocation\", \"path\": \"src/main/java/com/acme/OrderHandler.java\", "
                + "\"fingerprint\": \"ab:1\", \"message\": \"m\"}]}");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lambda-lint: cannot use the baseline "), e.getMessage());
        assertTrue(e.getMessage().contains("is a baseline of an earlier lambda-lint (schemaVersion 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Re-run lambda-lint:baseline"), e.getMessage());
        assertFalse(Files.exists(buildDir.resolve("lambda-lint")), "nothing analyzed or written");
    }

    @Test
    @Basedir("/projects/violation")
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void sarifNamesTheModuleInItsAutomationId(CheckMojo mojo) throws Exception {
        mojo.execute();

        String sarif = Files.readString(buildDir.resolve("lambda-lint/lambda-lint.sarif"));
        assertTrue(sarif.contains("\"automationDetails\": {\n        \"id\": \"lambda-lint/violation/\"\n      }"), sarif);
    }

    @Test
    @Basedir("/projects/rules-config")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void rulesFromThePomChangeSeverityAndDisableRules(CheckMojo mojo) throws Exception {
        mojo.execute();

        assertTrue(log.contains("info", "src/main/java/com/acme/OrderHandler.java:[12,30] client-per-invocation:"),
                "logged at its configured severity, info, below failOnSeverity: " + log);
        assertTrue(log.contains("info", "lambda-lint: 1 info in 1 handler"), log.toString());
    }

    @Test
    @Basedir("/projects/unknown-rule")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void unknownRuleIdIsRejectedNamingTheRules(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("lambda-lint: invalid <rules> configuration: unknown rule id "
                + "'client-per-invocaton'; the rules are "), e.getMessage());
        assertTrue(e.getMessage().contains("client-per-invocation"), e.getMessage());
    }

    @Test
    @Basedir("/projects/unknown-option")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anOptionTheRuleDoesNotDeclareIsRejectedNamingItsOptions(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("lambda-lint: invalid <rules> configuration: unknown option 'minInvocation' of rule "
                + "memory-overprovisioned; its options are overprovisionedBelow, minInvocations, cpuBoundMedianMs, "
                + "minSavingShare, minMonthlySaving", e.getMessage());
        assertFalse(Files.exists(buildDir.resolve("lambda-lint")), "nothing analyzed or written");
    }

    @Test
    @Basedir("/projects/bad-rule-severity")
    @InjectMojo(goal = "check", pom = "pom.xml")
    void invalidRuleSeverityIsRejected(CheckMojo mojo) {
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("lambda-lint: invalid <severity> 'fatal' for rule client-per-invocation in <rules>; expected "
                + "error, warning or info", e.getMessage());
    }

    private void assertReportsWritten() {
        for (String report : REPORTS) {
            assertTrue(Files.isRegularFile(buildDir.resolve("lambda-lint").resolve(report)), report + " written");
        }
    }

    private Path resource(String name) throws URISyntaxException {
        URL url = getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        return Paths.get(url.toURI());
    }
}
