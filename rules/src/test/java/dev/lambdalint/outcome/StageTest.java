package dev.lambdalint.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.Severity;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.sizing.UsageInput;
import dev.lambdalint.usage.LiveOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one stage after the rules: settings, suppressions, baseline and verdict, decided in one place. */
class StageTest {
    private static final Path CLIENT_SAMPLE = Path.of("src/test/resources/samples/client-per-invocation")
            .toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aSuppressionNamingTheRuleOrEveryRuleSilencesAFindingAndIsCounted() {
        Finding named = finding("client-per-invocation", Severity.ERROR, "a", List.of("client-per-invocation"));
        Finding all = finding("client-per-invocation", Severity.ERROR, "b", List.of(Finding.SUPPRESS_ALL));
        Finding other = finding("client-per-invocation", Severity.ERROR, "c", List.of("init-per-invocation"));

        Outcome outcome = Stage.decide(result(named, all, other), RuleSettings.DEFAULTS, Policy.DEFAULT,
                Optional.empty());

        assertEquals(List.of(other), outcome.analysis().findings());
        assertEquals(2, outcome.suppressed());
    }

    @Test
    void aDisabledRuleCountsForNothingAndASeverityIsReplacedEverywhere() {
        Finding client = finding("client-per-invocation", Severity.ERROR, "a", List.of());
        Finding parse = finding("parse-error", Severity.WARNING, "b", List.of("parse-error"));
        RuleSettings settings = new RuleSettings(List.of(RuleConfig.disabled("parse-error"),
                RuleConfig.severity("client-per-invocation", Severity.INFO)));

        Outcome outcome = Stage.decide(result(client, parse), settings, Policy.DEFAULT, Optional.empty());

        assertEquals(List.of(client.withSeverity(Severity.INFO)), outcome.analysis().findings());
        assertEquals(0, outcome.suppressed(), "a disabled rule's suppressed finding is not counted either");
        assertFalse(outcome.fails(), "info is below the default threshold, warning");
        assertEquals("The build passes: no finding at or above warning.", outcome.verdict().text());
    }

    @Test
    void onlyFindingsTheBaselineDoesNotHoldDecideTheBuild() {
        Finding accepted = finding("client-per-invocation", Severity.ERROR, "accepted", List.of());
        Finding added = finding("init-per-invocation", Severity.WARNING, "added", List.of());
        Finding gone = finding("unbounded-cache", Severity.WARNING, "gone", List.of());
        Baseline baseline = Baseline.of(List.of(accepted, gone));

        Outcome outcome = Stage.decide(result(accepted, added), RuleSettings.DEFAULTS, Policy.DEFAULT,
                Optional.of(baseline));

        assertEquals(List.of(accepted, added), outcome.analysis().findings(), "the reports show both");
        assertEquals(List.of(added), outcome.fresh());
        assertEquals(List.of(accepted), outcome.baselined());
        assertEquals(List.of("unbounded-cache | gone"), outcome.stale().stream().map(e -> e.identity()).toList());
        assertTrue(outcome.fails());
        assertEquals(1, outcome.failing());
        assertEquals("lambda-lint found 1 finding at or above warning (1 warning)", outcome.verdict().failureMessage());
        assertEquals("The build fails: 1 finding at or above warning (1 warning).", outcome.verdict().text());
        assertTrue(outcome.staleWarning().orElseThrow().startsWith("lambda-lint: 1 baseline entry no longer matches "
                + "a finding"), outcome.staleWarning().toString());
        assertTrue(outcome.reportInput("1", null).isBaselined(accepted));
        assertTrue(outcome.summary(null, false).endsWith(", 1 baselined)."), outcome.summary(null, false));
    }

    @Test
    void theVerdictSaysWhyTheBuildPasses() {
        Finding error = finding("client-per-invocation", Severity.ERROR, "a", List.of());
        Finding warning = finding("init-per-invocation", Severity.WARNING, "b", List.of());
        Policy report = Policy.DEFAULT.withFailOnViolation(false);

        Outcome outcome = Stage.decide(result(error, warning), RuleSettings.DEFAULTS, report, Optional.empty());

        assertFalse(outcome.fails());
        assertEquals(2, outcome.failing());
        assertEquals("The build passes because failOnViolation is false: 2 findings at or above warning (1 error, "
                + "1 warning).", outcome.verdict().text());
        assertEquals(Optional.of("lambda-lint: 2 findings at or above warning; failOnViolation is false, so the build "
                + "goes on"), outcome.verdict().warning());

        Outcome errorsOnly = Stage.decide(result(error, warning), RuleSettings.DEFAULTS,
                Policy.DEFAULT.withFailOnSeverity(Severity.ERROR), Optional.empty());
        assertEquals("lambda-lint found 1 finding at or above error (1 error)",
                errorsOnly.verdict().failureMessage());
    }

    @Test
    void theCheckReportsSuppressedFindingsByTheirFactsAndCountsThem() {
        Outcome outcome = LambdaLint.check(AnalysisRequest.of(CLIENT_SAMPLE, List.of(CLIENT_SAMPLE)), Policy.DEFAULT);

        assertEquals(3, outcome.suppressed());
        assertTrue(outcome.analysis().findings().stream().noneMatch(f -> f.suppressedFor(f.ruleId())));
        assertTrue(outcome.fails());
        assertEquals(outcome.analysis().findings(), outcome.fresh(), "no baseline: everything decides");
    }

    @Test
    void anEarlierBaselineStopsTheCheckBeforeAnyAnalysis() throws IOException {
        Path old = Files.writeString(dir.resolve("lambda-lint-baseline.json"),
                "{\"schemaVersion\": 1, \"findings\": []}");
        AnalysisRequest missingSources = AnalysisRequest.of(dir, List.of(dir.resolve("no-such-dir")));

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> LambdaLint.check(missingSources, Policy.DEFAULT.withBaseline(old)));

        assertTrue(e.getMessage().startsWith("cannot use the baseline " + old), e.getMessage());
        assertTrue(e.getMessage().contains("Re-run lambda-lint:baseline"), e.getMessage());
    }

    @Test
    void aMissingBaselineFileIsNoBaseline() {
        Outcome outcome = LambdaLint.check(AnalysisRequest.of(dir, List.of(dir)),
                Policy.DEFAULT.withBaseline(dir.resolve("absent.json")));

        assertFalse(outcome.baselineInUse());
        assertFalse(outcome.reportInput("1", null).baselineInUse());
    }

    @Test
    void liveModeInAnOfflineRunStopsWithAMessageAndNoCall() {
        // an endpoint nothing listens on: reaching the network would be a different failure, after a timeout
        AnalysisRequest live = AnalysisRequest.of(dir, List.of(dir)).withOffline(true).withUsage(new UsageInput(
                List.of(), Map.of("orders", "OrdersFunction"), null,
                LiveOptions.defaults().withRegion("eu-west-1")
                        .withEndpointOverride(java.net.URI.create("http://127.0.0.1:9")), null));

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> LambdaLint.check(live, Policy.DEFAULT));

        assertTrue(e.getMessage().startsWith("live AWS mode (aws=true) reads from AWS over the network, but this build "
                + "is offline (mvn -o)"), e.getMessage());
        assertThrows(ConfigurationException.class, () -> LambdaLint.analyze(live));
    }

    private AnalysisResult result(Finding... findings) {
        return new AnalysisResult(dir, List.of(findings), List.of("com.acme.H::handleRequest"), 3, 10);
    }

    private static Finding finding(String rule, Severity severity, String anchor, List<String> suppressions) {
        return new Finding(rule, severity, "src/" + anchor + ".java", 1, 1, "m " + anchor, null, List.of(),
                rule + " | " + anchor, suppressions);
    }
}
