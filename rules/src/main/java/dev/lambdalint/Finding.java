package dev.lambdalint;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found. {@code path} is relative to the analysis base directory, with '/' separators; line and
 * column are 1-based and point at the start of the offending expression. {@code callChain} starts at the
 * handler entry and ends at the method holding the finding (empty for findings outside any handler).
 */
public record Finding(
        String ruleId,
        Severity severity,
        String path,
        int line,
        int column,
        String message,
        String handler,
        List<CallStep> callChain) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        callChain = List.copyOf(callChain);
    }

    /** "A.handleRequest -> A.save -> Clients.dynamo", or "" when there is no chain. */
    public String chainText() {
        return String.join(" -> ", callChain.stream().map(CallStep::method).toList());
    }
}
