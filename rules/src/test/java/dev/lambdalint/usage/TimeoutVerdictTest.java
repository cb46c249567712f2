package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeoutVerdictTest {
    private static final FunctionSettings THREE_SECONDS = new FunctionSettings(512, 3, Architecture.X86_64);

    private static TimeoutVerdict verdict(double maxDurationMs, List<AbnormalEnd> ends) {
        List<ReportRecord> records = List.of(Usages.record("a", 100, 100, 512, 100),
                Usages.record("b", maxDurationMs, (long) Math.ceil(maxDurationMs), 512, 100));
        return UsageVerdicts.timeout(Usages.usage(records, ends), THREE_SECONDS, UsageThresholds.defaults());
    }

    @Test
    void atRiskOnlyAboveEightyPercentOfTheTimeout() {
        TimeoutVerdict edge = verdict(2400.00, List.of());
        assertEquals(TimeoutVerdict.Status.FITS, edge.status());
        assertEquals("the longest invocation took 2400.00 ms, 80% of the 3 s timeout", edge.explanation());
        TimeoutVerdict over = verdict(2400.01, List.of());
        assertEquals(TimeoutVerdict.Status.AT_RISK, over.status());
        assertEquals("the longest invocation took 2400.01 ms, 80% of the 3 s timeout (above 80%)", over.explanation());
    }

    @Test
    void anyTimeoutIsARisk() {
        TimeoutVerdict v = verdict(150, List.of(Usages.end("t1", Outcome.TIMEOUT), Usages.end("t2", Outcome.TIMEOUT)));
        assertEquals(TimeoutVerdict.Status.AT_RISK, v.status());
        assertEquals(2, v.timeouts());
        assertEquals("2 invocations timed out; the longest invocation took 150.00 ms, 5% of the 3 s timeout",
                v.explanation());
    }

    @Test
    void noRecordsNoVerdict() {
        assertEquals(TimeoutVerdict.Status.NO_DATA, UsageVerdicts.timeout(Usages.usage(List.of()), THREE_SECONDS,
                UsageThresholds.defaults()).status());
    }
}
