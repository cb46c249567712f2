package dev.lambdalint.fix;

import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Copies;
import java.util.List;

/**
 * What {@code lambda-lint:fix} does about one finding, which it names by rule and location: either the edits of
 * its file that fix it on their own ({@code description} says what they do, {@code diff} shows them as a unified
 * diff), or why there is no automatic fix.
 */
public record FindingFix(String ruleId, String path, int line, int column, String description, List<TextEdit> edits,
                         String diff, String reason) {

    public FindingFix {
        edits = Copies.listOrEmpty(edits);
    }

    static FindingFix fixed(Finding finding, String description, List<TextEdit> edits, String diff) {
        return new FindingFix(finding.ruleId(), finding.path(), finding.line(), finding.column(), description, edits,
                diff, null);
    }

    static FindingFix notFixed(Finding finding, String reason) {
        return new FindingFix(finding.ruleId(), finding.path(), finding.line(), finding.column(), null, List.of(),
                null, reason);
    }

    public boolean fixable() {
        return reason == null && !edits.isEmpty();
    }

    /** Whether this is about that finding (its rule and position). */
    public boolean isFor(Finding finding) {
        return ruleId.equals(finding.ruleId()) && path.equals(finding.path()) && line == finding.line()
                && column == finding.column();
    }
}
