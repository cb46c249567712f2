package dev.lambdalint.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm run with nothing changed reuses the last result; any change to any input does not. */
class AnalysisCacheTest {
    @TempDir
    Path base;
    Path handler;
    AnalysisRequest request;

    @BeforeEach
    void project() throws IOException {
        handler = Files.createDirectories(base.resolve("src/com/acme")).resolve("Handler.java");
        Files.writeString(handler, handlerBuilding("S3Client.create()"));
        request = AnalysisRequest.of(base, List.of(Path.of("src"))).withCache(base.resolve("target/lambda-lint"));
    }

    @Test
    void nothingChangedReusesTheResult() {
        AnalysisResult cold = LambdaLint.analyze(request);
        AnalysisResult warm = LambdaLint.analyze(request);
        assertFalse(cold.fromCache());
        assertTrue(warm.fromCache());
        assertEquals(cold.findings(), warm.findings());
        assertEquals(cold.handlers(), warm.handlers());
        assertEquals(cold.filesAnalyzed(), warm.filesAnalyzed());
    }

    @Test
    void aChangedFileIsAnalyzedAgain() throws IOException {
        assertEquals(List.of(6), lines(LambdaLint.analyze(request)));
        Files.writeString(handler, "\n" + handlerBuilding("S3Client.create()"));
        AnalysisResult changed = LambdaLint.analyze(request);
        assertFalse(changed.fromCache());
        assertEquals(List.of(7), lines(changed));
    }

    @Test
    void anAddedFileIsAnalyzedAgain() throws IOException {
        LambdaLint.analyze(request);
        Files.writeString(handler.resolveSibling("Other.java"), handlerBuilding("S3Client.create()")
                .replace("class Handler", "class Other"));
        AnalysisResult added = LambdaLint.analyze(request);
        assertFalse(added.fromCache());
        assertEquals(2, added.findings().size());
    }

    @Test
    void aChangedConfigurationIsAnalyzedAgain() throws IOException {
        Files.writeString(handler, handlerBuilding("new com.acme.clients.Ledger()"));
        assertEquals(List.of(), lines(LambdaLint.analyze(request)));
        AnalysisRequest configured = new AnalysisRequest(base, List.of(Path.of("src")), List.of(), List.of(),
                List.of("com.acme.clients.Ledger")).withCache(request.cacheDirectory());
        AnalysisResult reconfigured = LambdaLint.analyze(configured);
        assertFalse(reconfigured.fromCache());
        assertEquals(List.of(6), lines(reconfigured));
    }

    @Test
    void aDamagedCacheIsOnlyAColdRun() throws IOException {
        LambdaLint.analyze(request);
        Files.writeString(request.cacheDirectory().resolve(AnalysisCache.FILE), "{ not json");
        AnalysisResult result = LambdaLint.analyze(request);
        assertFalse(result.fromCache());
        assertEquals(List.of(6), lines(result));
        assertTrue(LambdaLint.analyze(request).fromCache());
    }

    private static List<Integer> lines(AnalysisResult result) {
        return result.findings().stream().map(Finding::line).toList();
    }

    private static String handlerBuilding(String construction) {
        return """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                import software.amazon.awssdk.services.s3.S3Client;
                public class Handler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        return %s.toString();
                    }
                }
                """.formatted(construction);
    }
}
