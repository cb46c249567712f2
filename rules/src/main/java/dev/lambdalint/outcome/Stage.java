package dev.lambdalint.outcome;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.baseline.BaselineMatch;
import dev.lambdalint.config.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one stage after the rules, where every decision about findings is made: which rules count (enabled), at which
 * severity, whether a suppression silences a finding, which findings a baseline accepts, and whether the build
 * passes. The rules report everything with the facts these decisions need (rule id, identity, the suppressions
 * written at the finding's place); front ends only render the {@link Outcome}.
 */
public final class Stage {
    private Stage() {
    }

    /**
     * Whether a reported finding counts: its rule is on and no suppression at its place names it. The fixes are
     * planned, during the analysis, for those findings only.
     */
    public static boolean counts(Finding finding, RuleSettings rules) {
        return rules.enabled(finding.ruleId()) && !finding.suppressedFor(finding.ruleId());
    }

    /**
     * @param reported every finding the rules reported, suppressed ones included, at the rules' default severities
     * @param rules    the user's per-rule settings
     * @param policy   threshold and failOnViolation
     * @param baseline the baseline read from {@code policy}'s file, if any
     */
    public static Outcome decide(AnalysisResult reported, RuleSettings rules, Policy policy,
                                 Optional<Baseline> baseline) {
        List<Finding> kept = new ArrayList<>();
        int suppressed = 0;
        for (Finding finding : reported.findings()) {
            if (!rules.enabled(finding.ruleId())) {
                continue;
            }
            if (finding.suppressedFor(finding.ruleId())) {
                suppressed++;
                continue;
            }
            kept.add(rules.severity(finding.ruleId()).map(finding::withSeverity).orElse(finding));
        }
        AnalysisResult analysis = reported.withFindings(kept, suppressed);
        BaselineMatch match = baseline.map(b -> b.match(analysis)).orElseGet(() -> BaselineMatch.none(analysis));
        List<Finding> fresh = match.fresh().findings();
        return new Outcome(analysis, fresh, match.baselined(), match.stale(), baseline.isPresent(),
                Verdict.of(fresh, policy.failOnSeverity(), policy.failOnViolation()), policy);
    }
}
