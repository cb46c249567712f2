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

/**
 * A file that does not parse is one parse-error finding naming it, when it can take part in a handler's model (or
 * with parseAll, always); every other file is still analyzed.
 */
class ParseErrorTest {
    @TempDir
    Path base;

    private Path src;

    private void project(String handlerUses) throws IOException {
        src = Files.createDirectories(base.resolve("src/main/java/com/acme"));
        Files.writeString(src.resolve("Broken.java"), "package com.acme;\npublic class Broken {\n  void f( {\n}\n");
        Files.writeString(src.resolve("Handler.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                import software.amazon.awssdk.services.s3.S3Client;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        %s
                        return S3Client.create().toString();
                    }
                }
                """.formatted(handlerUses));
        Files.writeString(src.resolve("Empty.java"), "");
        Files.writeString(src.resolve("OnlyComments.java"), "// nothing here\n/* at all */\n");
    }

    private AnalysisResult analyze(boolean parseAll) {
        return LambdaLint.analyze(AnalysisRequest.of(base, List.of(Path.of("src/main/java"))).withParseAll(parseAll));
    }

    @Test
    void brokenFileTheHandlerNamesIsReportedAndTheRestAnalyzed() throws IOException {
        project("new Broken();");
        assertBrokenReported(analyze(false));
    }

    @Test
    void brokenFileNoHandlerCanReachIsLeftToTheCompiler() throws IOException {
        project("");
        AnalysisResult result = analyze(false);
        assertEquals(List.of(), result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("client-per-invocation")));
        assertEquals(4, result.filesAnalyzed());
    }

    @Test
    void parseAllReportsEveryBrokenFile() throws IOException {
        project("");
        assertBrokenReported(analyze(true));
    }

    private static void assertBrokenReported(AnalysisResult result) {
        List<Finding> parseErrors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
        assertEquals(1, parseErrors.size(), () -> parseErrors.toString());
        Finding broken = parseErrors.get(0);
        assertEquals("src/main/java/com/acme/Broken.java", broken.path());
        assertEquals(3, broken.line());
        assertTrue(broken.message().startsWith("does not parse, so it was not analyzed: "), broken.message());
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("client-per-invocation")
                && f.path().equals("src/main/java/com/acme/Handler.java") && f.line() == 7));
        assertEquals(4, result.filesAnalyzed());
    }
}
