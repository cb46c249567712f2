package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code quoted in a message is the code alone: never a comment the parser attached to it, such as the trailing
 * {@code // Noncompliant} or {@code // another bucket} that sample lines carry. Checked on every rule's sample.
 */
class QuotedCodeTest {
    private static final Pattern COMMENT = Pattern.compile("(?<![:/])//|/\\*");

    @Test
    void noMessageQuotesAComment() throws Exception {
        List<String> quoted = new ArrayList<>();
        int messages = 0;
        try (Stream<Path> samples = Files.list(SampleVerifier.SAMPLES)) {
            for (Path dir : samples.filter(Files::isDirectory).sorted().toList()) {
                Path base = dir.toAbsolutePath();
                AnalysisResult result = LambdaLint.analyze(new AnalysisRequest(base, List.of(base), List.of(),
                        List.of(), List.of()));
                for (Finding finding : result.findings()) {
                    messages++;
                    if (COMMENT.matcher(finding.message()).find()) {
                        quoted.add(dir.getFileName() + "/" + finding.path() + ":" + finding.line() + ": "
                                + finding.message());
                    }
                }
            }
        }
        assertFalse(messages == 0, "the samples gave no finding at all");
        assertEquals(List.of(), quoted);
    }
}
