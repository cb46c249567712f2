package dev.lambdalint.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LogMessagesTest {

    private static ReportRecord report(String message) {
        return assertInstanceOf(Parsed.Report.class, LogMessages.parse(message, null)).record();
    }

    private static AbnormalEnd end(String message) {
        return assertInstanceOf(Parsed.End.class, LogMessages.parse(message, null)).end();
    }

    @Test
    void preDecember2020LineWithASpaceInsteadOfATab() {
        ReportRecord r = report("REPORT RequestId: 3604209a-e9a3-11e6-939a-754dd98c7be3\tDuration: 12.34 ms\t"
                + "Billed Duration: 100 ms Memory Size: 128 MB\tMax Memory Used: 18 MB");
        assertEquals(12.34, r.durationMs());
        assertEquals(100, r.billedDurationMs());
        assertEquals(128, r.memorySizeMb());
        assertEquals(18, r.maxMemoryUsedMb());
        assertEquals("3604209a-e9a3-11e6-939a-754dd98c7be3", r.requestId());
    }

    @Test
    void statusAndXrayTogether() {
        ReportRecord r = report("REPORT RequestId: 054d8776-b852-42f6-a1a6-752552daea41\tDuration: 600000.00 ms\t"
                + "Billed Duration: 600000 ms\tMemory Size: 1024 MB\tMax Memory Used: 1024 MB\tStatus: timeout\n"
                + "XRAY TraceId: 1-6ac7d63f-0104e99861c65c8039f183da\tSegmentId: 7c4eb6a6d56f2a27\tSampled: true");
        assertEquals(Outcome.TIMEOUT, r.outcome());
        assertEquals(600000.00, r.durationMs());
    }

    @Test
    void oomWithInitDurationAtTheLargestSize() {
        ReportRecord r = report("REPORT RequestId: 806ab12b-e660-4a4a-8d9a-eee01e457f98\tDuration: 376256.59 ms\t"
                + "Billed Duration: 376257 ms\tMemory Size: 10239 MB\tMax Memory Used: 10239 MB\tInit Duration: 551.73 ms\t"
                + "Status: error\tError Type: Runtime.OutOfMemory");
        assertEquals(Outcome.OUT_OF_MEMORY, r.outcome());
        assertEquals(551.73, r.initDurationMs());
        assertEquals(10239, r.memorySizeMb());
    }

    @Test
    void otherErrorsAreNotOutOfMemory() {
        ReportRecord r = report("REPORT RequestId: a1\tDuration: 8431.38 ms\tBilled Duration: 8432 ms\tMemory Size: 512 MB"
                + "\tMax Memory Used: 200 MB\tStatus: error\tError Type: Runtime.ExitError");
        assertEquals(Outcome.ERROR, r.outcome());
        assertEquals("Runtime.ExitError", r.errorType());
    }

    @Test
    void endsTakeTheirRequestIdFromALabelOrAUuid() {
        AbnormalEnd timedOut = end("2026-10-05T23:28:28.000Z 0f6d8b2c-3e4a-4c5b-9d7e-1a2b3c4d5e6f Task timed out after 60.00 seconds");
        assertEquals(Outcome.TIMEOUT, timedOut.outcome());
        assertEquals("0f6d8b2c-3e4a-4c5b-9d7e-1a2b3c4d5e6f", timedOut.requestId());
        assertEquals("Task timed out after 60.00 seconds", timedOut.evidence());
        AbnormalEnd consoleTimeout = end("Task timed out after 3.00 seconds");
        assertNull(consoleTimeout.requestId());
        AbnormalEnd heap = end("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space");
        assertEquals(Outcome.OUT_OF_MEMORY, heap.outcome());
    }

    @Test
    void linesThatAreNoUsage() {
        for (String line : new String[] {
                "INIT_REPORT Init Duration: 229.04 ms\tPhase: init\tStatus: error\tError Type: Runtime.ImportModuleError",
                "START RequestId: 8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5f6e Version: $LATEST",
                "Caused by: java.lang.OutOfMemoryError: Metaspace",
                "\tat com.acme.OrderHandler.handleRequest(OrderHandler.java:42)",
                "Runtime.ExitError",
                "RequestId: 16f8d3a2-0000-4000-8000-000000000000 Process exited before completing request"}) {
            assertInstanceOf(Parsed.Nothing.class, LogMessages.parse(line, null), line);
        }
    }

    @Test
    void aReportWithAGarbledNumberIsMalformed() {
        Parsed parsed = LogMessages.parse("REPORT RequestId: x\tDuration: 1.00 ms\tBilled Duration: 1 ms\t"
                + "Memory Size: many MB\tMax Memory Used: 70 MB", null);
        assertEquals("REPORT record without Memory Size (truncated?)",
                assertInstanceOf(Parsed.Malformed.class, parsed).reason());
    }
}
