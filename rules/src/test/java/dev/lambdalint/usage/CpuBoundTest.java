package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpuBoundTest {
    private static final UsageThresholds DEFAULTS = UsageThresholds.defaults();

    private static Recommendation lowerTo(int currentMb, int recommendedMb) {
        return new Recommendation(currentMb, recommendedMb, 100, 0.8, false, false);
    }

    @Test
    void aShortFunctionOnOneSizeAtOrBelowOneVcpuGetsNoWarning() {
        FunctionUsage usage = Usages.usage(Usages.same(60, "r", 120, 1024, 200));
        assertTrue(UsageVerdicts.cpuBound(usage, new FunctionSettings(1024, 30, Architecture.X86_64), lowerTo(1024, 256),
                DEFAULTS).isEmpty());
    }

    @Test
    void noWarningWhenMemoryIsNotLowered() {
        FunctionUsage usage = Usages.usage(Usages.same(60, "r", 5000, 3008, 200));
        assertTrue(UsageVerdicts.cpuBound(usage, new FunctionSettings(3008, 30, Architecture.X86_64), lowerTo(3008, 3008),
                DEFAULTS).isEmpty());
    }

    @Test
    void aLongMedianDurationWarns() {
        FunctionUsage usage = Usages.usage(Usages.same(60, "r", 1000, 1024, 200));
        CpuBoundWarning w = UsageVerdicts.cpuBound(usage, new FunctionSettings(1024, 30, Architecture.X86_64),
                lowerTo(1024, 256), DEFAULTS).orElseThrow();
        assertEquals(List.of("the median duration is 1,000 ms, so duration, not memory, drives its cost"), w.signals());
        assertEquals("This function may be CPU-bound: the median duration is 1,000 ms, so duration, not memory, drives "
                + "its cost. CPU scales with memory (1769 MB = one vCPU), so at 256 MB it gets 25% of the CPU it has at "
                + "1024 MB and may run slower and cost no less. Measure with AWS Lambda Power Tuning before lowering it.",
                w.message());
    }

    @Test
    void moreThanOneVcpuWarns() {
        FunctionUsage usage = Usages.usage(Usages.same(60, "r", 50, 3008, 200));
        CpuBoundWarning w = UsageVerdicts.cpuBound(usage, new FunctionSettings(3008, 30, Architecture.ARM64),
                lowerTo(3008, 256), DEFAULTS).orElseThrow();
        assertEquals(List.of("at 3008 MB it has more than one vCPU, which multi-threaded code uses"), w.signals());
    }

    @Test
    void runningFasterAtALargerRecordedSizeWarns() {
        List<ReportRecord> records = new ArrayList<>(Usages.same(10, "small", 400, 512, 150));
        records.addAll(Usages.same(10, "big", 320, 1024, 150));   // 20% faster: enough
        CpuBoundWarning w = UsageVerdicts.cpuBound(Usages.usage(records),
                new FunctionSettings(1024, 30, Architecture.X86_64), lowerTo(1024, 256), DEFAULTS).orElseThrow();
        assertEquals(List.of("its median duration was 320 ms at 1024 MB against 400 ms at 512 MB"), w.signals());
        List<ReportRecord> flat = new ArrayList<>(Usages.same(10, "small", 400, 512, 150));
        flat.addAll(Usages.same(10, "big", 321, 1024, 150));      // under 20% faster: I/O-bound
        assertTrue(UsageVerdicts.cpuBound(Usages.usage(flat), new FunctionSettings(1024, 30, Architecture.X86_64),
                lowerTo(1024, 256), DEFAULTS).isEmpty());
    }
}
