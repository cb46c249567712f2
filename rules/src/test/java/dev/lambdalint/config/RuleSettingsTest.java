package dev.lambdalint.config;

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
import dev.lambdalint.check.memory.MemoryOverprovisioned;
import dev.lambdalint.check.memory.SizingOptions;
import dev.lambdalint.usage.UsageThresholds;
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
    void optionsAreKeptPerRuleSortedAndReadTyped() {
        RuleSettings settings = new RuleSettings(List.of(new RuleConfig("memory-overprovisioned", null, null,
                Map.of("minInvocations", " 40 ", "overprovisionedBelow", "70%"))));
        assertEquals("{minInvocations= 40 , overprovisionedBelow=70%}",
                settings.options("memory-overprovisioned").toString());
        assertEquals(40, settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.MIN_INVOCATIONS));
        assertEquals(0.7, settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.OVERPROVISIONED_BELOW),
                1e-9);
        assertEquals(1000.0, settings.option(MemoryOverprovisioned.class, MemoryOverprovisioned.CPU_BOUND_MEDIAN_MS),
                "not given: the declared default");
        assertEquals(Map.of(), settings.options("client-per-invocation"));
        assertTrue(settings.enabled("memory-overprovisioned"));
    }

    @Test
    void anOptionTheRuleDoesNotDeclareIsRefusedNamingTheValidOnes() {
        ConfigurationException none = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("client-per-invocation", null, null, Map.of("maxEntries", "100")))));
        assertEquals("unknown option 'maxEntries' of rule client-per-invocation; it takes no options",
                none.getMessage());

        ConfigurationException typo = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("timeout-risk", null, null, Map.of("timeoutRisk", "0.9")))));
        assertEquals("unknown option 'timeoutRisk' of rule timeout-risk; its options are timeoutRiskAbove",
                typo.getMessage());
    }

    @Test
    void aValueTheOptionCannotTakeIsRefusedSayingWhatItExpects() {
        ConfigurationException count = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("memory-overprovisioned", null, null, Map.of("minInvocations", "many")))));
        assertEquals("option minInvocations of rule memory-overprovisioned must be a whole number of 0 or more, not "
                + "'many'", count.getMessage());

        ConfigurationException share = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("memory-underprovisioned", null, null, Map.of("underprovisionedAbove", "120%")))));
        assertEquals("option underprovisionedAbove of rule memory-underprovisioned must be a share above 0 and at "
                + "most 1, written 0.8 or 80%, not '120%'", share.getMessage());
    }

    @Test
    void theMemoryRulesDefaultsAreTheVerdictsDefaults() {
        assertEquals(UsageThresholds.defaults(), SizingOptions.thresholds(RuleSettings.DEFAULTS));
    }

    private static AnalysisResult analyze(RuleSettings settings) throws URISyntaxException {
        Path sample = Path.of(RuleSettingsTest.class.getResource("/samples/client-per-invocation").toURI());
        return LambdaLint.analyze(AnalysisRequest.of(sample, List.of(sample)).withRules(settings));
    }
}
