package dev.lambdalint.fix;

import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Copies;
import java.util.List;
import java.util.Optional;

/** The fixes of one analysis: for each finding, its fix or why there is none; for each file, all its fixes at once. */
public record FixSet(List<FindingFix> findings, List<FileFix> files) {
    public static final FixSet NONE = new FixSet(List.of(), List.of());

    public FixSet {
        findings = Copies.listOrEmpty(findings);
        files = Copies.listOrEmpty(files);
    }

    /** The fix of a finding, or why there is none; empty for a finding this analysis did not plan. */
    public Optional<FindingFix> of(Finding finding) {
        return findings.stream().filter(f -> f.isFor(finding)).findFirst();
    }

    /** The fix of a finding when it has one. */
    public Optional<FindingFix> fixFor(Finding finding) {
        return of(finding).filter(FindingFix::fixable);
    }

    public long fixableCount() {
        return findings.stream().filter(FindingFix::fixable).count();
    }
}
