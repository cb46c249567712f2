package dev.lambdalint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.Severity;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {

    @Test
    void aDisabledRuleDoesNotRun() throws URISyntaxException {
        AnalysisResult defaults = analyze(RuleSettings.DEFAULTS);
        assertTrue(defaults.countsByRule().containsKey("client-per-invocation"));

        AnalysisResult disabled = analyze(new RuleSettings(List.of(RuleConfig.disabled("client-per-invocation"))));

        assertFalse(disabled.countsByRule().containsKey("client-per-invocation"), disabled.countsByRule().toString());
    }

    @Test
    void aConfiguredSeverityReplacesTheDefault() throws URISyntaxException {
        AnalysisResult result = analyze(new RuleSettings(
                List.of(RuleConfig.severity("client-per-invocation", Severity.INFO))));

        List<Finding> clients = result.findings().stream()
                .filter(f -> f.ruleId().equals("client-per-invocation")).toList();
        assertFalse(clients.isEmpty());
        assertTrue(clients.stream().allMatch(f -> f.severity() == Severity.INFO));
    }

    @Test
    void anUnknownIdIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RuleSettings(List.of(RuleConfig.disabled("client-per-invocaton"))));
        assertTrue(e.getMessage().startsWith("unknown rule id 'client-per-invocaton'; the rules are "), e.getMessage());
        assertTrue(e.getMessage().contains("client-per-invocation, "), e.getMessage());
    }

    @Test
    void aRuleConfiguredTwiceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RuleSettings(List.of(
                RuleConfig.disabled("parse-error"), RuleConfig.severity("parse-error", Severity.ERROR))));
        assertEquals("rule 'parse-error' is configured more than once", e.getMessage());
    }

    @Test
    void optionsAreKeptPerRuleAndSorted() {
        RuleSettings settings = new RuleSettings(List.of(new RuleConfig("parse-error", null, null,
                Map.of("b", "2", "a", "1"))));
        assertEquals("{a=1, b=2}", settings.options("parse-error").toString());
        assertEquals(Map.of(), settings.options("client-per-invocation"));
        assertTrue(settings.enabled("parse-error"));
    }

    private static AnalysisResult analyze(RuleSettings settings) throws URISyntaxException {
        Path sample = Path.of(RuleSettingsTest.class.getResource("/samples/client-per-invocation").toURI());
        return LambdaLint.analyze(AnalysisRequest.of(sample, List.of(sample)).withRules(settings));
    }
}
