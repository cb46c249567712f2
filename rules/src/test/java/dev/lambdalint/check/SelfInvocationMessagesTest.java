package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A loop is "without end" only when nothing bounds it: AWS's loop detection does not cover it, or is off. */
class SelfInvocationMessagesTest {

    @Test
    void withoutEndOnlyWhenNothingStopsTheLoop() throws Exception {
        Path sample = SampleVerifier.SAMPLES.resolve("self-invocation").toAbsolutePath();
        List<Finding> loops = LambdaLint.analyze(new AnalysisRequest(sample, List.of(sample), List.of(), List.of(),
                List.of())).findings().stream().filter(f -> f.ruleId().equals("self-invocation")).toList();
        int endless = 0;
        int stoppedByAws = 0;
        for (Finding loop : loops) {
            String message = loop.message();
            boolean unbounded = message.contains("nothing stops it") || message.contains("will not stop it");
            assertTrue(message.contains("without end") == unbounded, message);
            endless += unbounded ? 1 : 0;
            stoppedByAws += message.contains("AWS stops such a loop only after") ? 1 : 0;
        }
        assertFalse(endless == 0, "the sample has no unbounded loop");
        assertFalse(stoppedByAws == 0, "the sample has no loop that AWS stops");
    }
}
