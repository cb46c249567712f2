package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.LambdaLint;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Suppressed findings are counted, not lost: the sample's TrapsHandler suppresses three in the three ways. */
class SuppressionTest {
    @Test
    void suppressedFindingsAreCounted() {
        Path dir = SampleVerifier.SAMPLES.resolve("client-per-invocation").toAbsolutePath();
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(dir, List.of(dir)));
        assertEquals(3, result.suppressed());
    }
}
