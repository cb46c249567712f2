package dev.lambdalint.usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds records and statistics for tests. */
final class Usages {
    private Usages() {
    }

    static ReportRecord record(String id, double durationMs, long billedMs, int sizeMb, int usedMb) {
        return new ReportRecord("fn", NameSource.FILE_NAME, id, null, durationMs, billedMs, sizeMb, usedMb, null, null,
                Outcome.SUCCESS, null);
    }

    static ReportRecord at(ReportRecord r, Instant time) {
        return new ReportRecord(r.function(), r.nameSource(), r.requestId(), time, r.durationMs(), r.billedDurationMs(),
                r.memorySizeMb(), r.maxMemoryUsedMb(), r.initDurationMs(), r.restoreDurationMs(), r.outcome(),
                r.errorType());
    }

    /** {@code n} invocations at one size, each with the same duration and peak. */
    static List<ReportRecord> same(int n, String prefix, double durationMs, int sizeMb, int usedMb) {
        List<ReportRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(prefix + i, durationMs, (long) Math.ceil(durationMs), sizeMb, usedMb));
        }
        return records;
    }

    static FunctionUsage usage(List<ReportRecord> records) {
        return FunctionUsage.of("fn", records, List.of());
    }

    static FunctionUsage usage(List<ReportRecord> records, List<AbnormalEnd> ends) {
        return FunctionUsage.of("fn", records, ends);
    }

    static AbnormalEnd end(String id, Outcome outcome) {
        return new AbnormalEnd("fn", NameSource.FILE_NAME, id, null, outcome, "test");
    }

    /** Statistics with the given totals and nothing else, for cost figures. */
    static FunctionUsage totals(int invocations, long billedMs, int peakMb, double p50, double max) {
        DurationSummary duration = new DurationSummary(invocations, p50, max, max, max, p50);
        return new FunctionUsage("fn", invocations, peakMb, duration, billedMs, 0, 0, DurationSummary.NONE,
                DurationSummary.NONE, 0, false, 0, 0, 0, List.of(), null, null);
    }
}
