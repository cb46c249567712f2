package dev.lambdalint.check;

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

/** The engine end to end with templates: handlers from config, template parse errors, the templates setting. */
class TemplateHandlersTest {
    @TempDir
    Path base;
    AnalysisRequest request;

    @BeforeEach
    void project() throws IOException {
        Path src = Files.createDirectories(base.resolve("src/main/java/com/acme"));
        Files.writeString(src.resolve("Jobs.java"), """
                package com.acme;
                import software.amazon.awssdk.services.s3.S3Client;
                public class Jobs {
                    public void nightly() {
                        S3Client.create().listBuckets();
                    }
                    public void unused() {
                        S3Client.create().listBuckets();
                    }
                }
                """);
        Files.writeString(src.resolve("OrderHandler.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                public class OrderHandler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        return in;
                    }
                }
                """);
        request = AnalysisRequest.of(base, List.of(Path.of("src/main/java")));
    }

    @Test
    void aHandlerNamedByTheTemplateIsAnalyzedWithoutAnyInterface() throws IOException {
        Files.writeString(base.resolve("template.yaml"), """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Nightly:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.Jobs::nightly, Runtime: java17}
                  Orders:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.OrderHandler, Runtime: java17}
                  Elsewhere:
                    Type: AWS::Serverless::Function
                    Properties: {Handler: com.acme.other.Missing::run, Runtime: java17}
                """);
        AnalysisResult result = LambdaLint.analyze(request);
        assertEquals(List.of("com.acme.Jobs::nightly", "com.acme.OrderHandler::handleRequest"), result.handlers());
        List<Integer> lines = result.findings().stream().filter(f -> f.ruleId().equals("client-per-invocation"))
                .map(Finding::line).toList();
        assertEquals(List.of(5), lines);
        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals("parse-error")));
    }

    @Test
    void aBrokenTemplateIsAParseErrorAndTheSourcesAreStillAnalyzed() throws IOException {
        Files.writeString(base.resolve("template.yaml"), "Resources:\n  Fn: [\n");
        AnalysisResult result = LambdaLint.analyze(request);
        List<Finding> errors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals("template.yaml", errors.get(0).path());
        assertEquals(3, errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("the template does not parse"), errors.get(0).message());
        assertEquals(List.of("com.acme.OrderHandler::handleRequest"), result.handlers());
    }

    @Test
    void theTemplatesSettingReplacesTheSearchAndNamesMissingFiles() throws IOException {
        Files.writeString(base.resolve("template.yaml"), "Resources:\n  Fn: [\n");
        Files.createDirectories(base.resolve("infra"));
        Files.writeString(base.resolve("infra/jobs.yaml"), """
                Resources:
                  Nightly:
                    Type: AWS::Lambda::Function
                    Properties: {Handler: com.acme.Jobs::nightly}
                """);
        AnalysisResult result = LambdaLint.analyze(request.withTemplates(List.of(Path.of("infra/jobs.yaml"),
                Path.of("infra/none.yaml"))));
        assertTrue(result.handlers().contains("com.acme.Jobs::nightly"));
        List<Finding> errors = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).toList();
        assertEquals(List.of("infra/none.yaml"), errors.stream().map(Finding::path).toList());
    }

    @Test
    void aChangedTemplateIsAnalyzedAgain() throws IOException {
        AnalysisRequest cached = request.withCache(base.resolve("target/lambda-lint"));
        Files.writeString(base.resolve("template.yaml"), """
                Resources:
                  Nightly: {Type: AWS::Lambda::Function, Properties: {Handler: com.acme.Jobs::unused}}
                """);
        assertEquals(List.of(8), clientLines(LambdaLint.analyze(cached)));
        assertTrue(LambdaLint.analyze(cached).fromCache());
        Files.writeString(base.resolve("template.yaml"), """
                Resources:
                  Nightly: {Type: AWS::Lambda::Function, Properties: {Handler: com.acme.Jobs::nightly}}
                """);
        AnalysisResult changed = LambdaLint.analyze(cached);
        assertFalse(changed.fromCache());
        assertEquals(List.of(5), clientLines(changed));
    }

    private static List<Integer> clientLines(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("client-per-invocation"))
                .map(Finding::line).toList();
    }
}
