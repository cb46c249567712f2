package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample verifier matches findings by line, so it would not see one object reported twice: a scheduled pool
 * used as a timer is a thread pool and nothing else, a timer or event loop group is reported by its own entry only.
 */
class ThreadOwnersReportedOnceTest {

    @Test
    void everyThreadOwnerOfTheSampleIsReportedOnce() throws Exception {
        AnalysisResult result = LambdaLint.analyze(SampleVerifier.request(
                SampleVerifier.SAMPLES.resolve("init-per-invocation").toAbsolutePath()));
        Map<String, List<String>> byLine = result.findings().stream()
                .filter(f -> f.ruleId().equals("init-per-invocation"))
                .filter(f -> f.path().contains("com/acme/timers/") || f.path().contains("com/acme/pools/"))
                .collect(Collectors.groupingBy(f -> f.path() + ":" + f.line(), TreeMap::new,
                        Collectors.mapping(Finding::message, Collectors.toList())));
        String pool = "com/acme/timers/TimerTrapsHandler.java:" + lineOf("new ScheduledThreadPoolExecutor(");
        assertTrue(byLine.containsKey(pool), () -> pool + " is not reported: " + byLine.keySet());
        byLine.forEach((where, messages) -> assertEquals(1, messages.size(), () -> where + ": " + messages));
    }

    private static int lineOf(String text) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(SampleVerifier.SAMPLES
                .resolve("init-per-invocation/com/acme/timers/TimerTrapsHandler.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + text);
    }
}
