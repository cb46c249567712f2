package dev.lambdalint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that does not parse is one parse-error finding naming it; every other file is still analyzed. */
class ParseErrorTest {
    @TempDir
    Path base;

    @Test
    void brokenFileIsReportedAndTheRestAnalyzed() throws IOException {
        Path src = Files.createDirectories(base.resolve("src/main/java/com/acme"));
        Files.writeString(src.resolve("Broken.java"), "package com.acme;\npublic class Broken {\n  void f( {\n}\n");
        Files.writeString(src.resolve("Handler.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                import software.amazon.awssdk.services.s3.S3Client;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        return S3Client.create().toString();
                    }
                }
                """);
        Files.writeString(src.resolve("Empty.java"), "");
        Files.writeString(src.resolve("OnlyComments.java"), "// nothing here\n/* at all */\n");

        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(base, List.of(Path.of("src/main/java"))));

        List<Finding> parseErrors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
        assertEquals(1, parseErrors.size(), () -> parseErrors.toString());
        Finding broken = parseErrors.get(0);
        assertEquals("src/main/java/com/acme/Broken.java", broken.path());
        assertEquals(3, broken.line());
        assertTrue(broken.message().startsWith("does not parse, so it was not analyzed: "), broken.message());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("client-per-invocation")
                && f.path().equals("src/main/java/com/acme/Handler.java") && f.line() == 6));
        assertEquals(4, result.filesAnalyzed());
    }
}
