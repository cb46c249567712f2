package dev.lambdalint.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one function's recorded invocations add up to. {@code peakMaxMemoryUsedMb} is the maximum of Max Memory
 * Used: the field is already the high-water mark of an execution environment, so the peak, not an average, is
 * the honest figure. {@code startupDuration} summarizes Init Duration (Restore Duration for SnapStart) of the cold
 * starts; {@code initDuration} only the Init Durations (an INIT phase ran: no SnapStart restore), with their sum in
 * {@code initDurationMs} and, in {@code initBilled}, whether the records' Billed Duration includes them (as it does
 * for on-demand functions since 1 August 2025, so that the INIT phase is never counted twice). Timeouts and
 * out-of-memory ends count each request once, whether its REPORT, a separate line, or both tell it;
 * {@code otherErrors} are the other REPORTs with {@code Status: error}. {@code firstSeen}/{@code lastSeen} are null
 * when no record carries a time.
 */
public record FunctionUsage(
        String function,
        int invocations,
        int peakMaxMemoryUsedMb,
        DurationSummary duration,
        long billedDurationMs,
        double billedGbSeconds,
        int coldStarts,
        DurationSummary startupDuration,
        DurationSummary initDuration,
        double initDurationMs,
        boolean initBilled,
        int timeouts,
        int outOfMemoryEnds,
        int otherErrors,
        List<SizeUsage> sizes,
        Instant firstSeen,
        Instant lastSeen) {

    public FunctionUsage {
        sizes = List.copyOf(sizes);
    }

    public static FunctionUsage of(String function, List<ReportRecord> recorded, List<AbnormalEnd> ends) {
        List<ReportRecord> reports = distinctRequests(recorded);
        Map<Integer, List<ReportRecord>> bySize = new TreeMap<>();
        reports.forEach(r -> bySize.computeIfAbsent(r.memorySizeMb(), size -> new ArrayList<>()).add(r));
        List<SizeUsage> sizes = bySize.entrySet().stream()
                .map(e -> new SizeUsage(e.getKey(), e.getValue().size(), peak(e.getValue()),
                        durations(e.getValue()), billedMs(e.getValue())))
                .toList();
        double gbSeconds = reports.stream()
                .mapToDouble(r -> r.billedDurationMs() / 1000.0 * r.memorySizeMb() / 1024.0)
                .sum();
        List<Instant> times = Stream.concat(reports.stream().map(ReportRecord::timestamp),
                ends.stream().map(AbnormalEnd::timestamp)).filter(t -> t != null).sorted().toList();
        List<ReportRecord> inits = reports.stream().filter(r -> r.initDurationMs() != null).toList();
        return new FunctionUsage(function, reports.size(), peak(reports), durations(reports), billedMs(reports),
                gbSeconds, (int) reports.stream().filter(ReportRecord::coldStart).count(),
                DurationSummary.of(reports.stream().map(ReportRecord::startupDurationMs).filter(d -> d != null).toList()),
                DurationSummary.of(inits.stream().map(ReportRecord::initDurationMs).toList()),
                inits.stream().mapToDouble(ReportRecord::initDurationMs).sum(),
                !inits.isEmpty() && inits.stream().allMatch(FunctionUsage::billsInit),
                endsOf(Outcome.TIMEOUT, reports, ends), endsOf(Outcome.OUT_OF_MEMORY, reports, ends),
                (int) reports.stream().filter(r -> r.outcome() == Outcome.ERROR).count(), sizes,
                times.isEmpty() ? null : times.get(0), times.isEmpty() ? null : times.get(times.size() - 1));
    }

    /** The time between the first and the last record, when the records carry times. */
    public Optional<Duration> observedSpan() {
        return firstSeen == null ? Optional.empty() : Optional.of(Duration.between(firstSeen, lastSeen));
    }

    /** Invocations that ended in an error: timeouts, out-of-memory ends and other {@code Status: error} REPORTs. */
    public int errors() {
        return timeouts + outOfMemoryEnds + otherErrors;
    }

    /**
     * Errors per recorded invocation, 0 without any. A hard kill can leave no REPORT, so the errors can outnumber the
     * REPORTs: the rate is then 1, never more.
     */
    public double errorRate() {
        int requests = Math.max(invocations, errors());
        return requests == 0 ? 0 : (double) errors() / requests;
    }

    /** The share of invocations that ran an INIT phase (SnapStart restores not counted); 0 without invocations. */
    public double initShare() {
        return invocations == 0 ? 0 : (double) initDuration.count() / invocations;
    }

    public boolean ranAtSeveralSizes() {
        return sizes.size() > 1;
    }

    /**
     * Whether a cold start's Billed Duration includes its Init Duration: billed is Duration plus Init Duration rounded
     * up to the millisecond (since 1 August 2025), or Duration alone rounded up (before).
     */
    private static boolean billsInit(ReportRecord r) {
        return r.billedDurationMs() + 1 >= r.durationMs() + r.initDurationMs();
    }

    private static int peak(List<ReportRecord> reports) {
        return reports.stream().mapToInt(ReportRecord::maxMemoryUsedMb).max().orElse(0);
    }

    private static DurationSummary durations(List<ReportRecord> reports) {
        return DurationSummary.of(reports.stream().map(ReportRecord::durationMs).toList());
    }

    private static long billedMs(List<ReportRecord> reports) {
        return reports.stream().mapToLong(ReportRecord::billedDurationMs).sum();
    }

    private static int endsOf(Outcome outcome, List<ReportRecord> reports, List<AbnormalEnd> ends) {
        Set<String> requestIds = new HashSet<>();
        int withoutId = 0;
        List<String> ids = Stream.concat(
                reports.stream().filter(r -> r.outcome() == outcome).map(ReportRecord::requestId),
                ends.stream().filter(e -> e.outcome() == outcome).map(AbnormalEnd::requestId)).toList();
        for (String id : ids) {
            if (id == null) {
                withoutId++;
            } else {
                requestIds.add(id);
            }
        }
        return requestIds.size() + withoutId;
    }

    /** The same request read twice (overlapping exports of one window) counts once. */
    private static List<ReportRecord> distinctRequests(List<ReportRecord> reports) {
        Set<String> seen = new HashSet<>();
        return reports.stream().filter(r -> r.requestId() == null || seen.add(r.requestId())).toList();
    }
}
