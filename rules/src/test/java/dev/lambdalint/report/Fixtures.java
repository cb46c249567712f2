package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.CallStep;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hand-built findings over a small real source file, shared by the reporter tests. */
final class Fixtures {
    static final String HANDLER_PATH = "src/main/java/com/acme/OrderHandler.java";
    static final String HANDLER = "com.acme.OrderHandler::handleRequest";
    static final String XSS = "</script><img src=x onerror=alert(1)>";

    /** The flagged client construction is on line 7. */
    static final List<String> HANDLER_SOURCE = List.of(
            "package com.acme;",
            "",
            "public class OrderHandler {",
            "    public String handleRequest(Order order, Context context) {",
            "        return save(order);",
            "    }",
            "    String save(Order order) { DynamoDbClient ddb = DynamoDbClient.create(); return \"ok\"; }",
            "}");
    static final int CLIENT_LINE = 7;
    static final int CLIENT_COLUMN = 53;

    private Fixtures() {
    }

    static Path writeSource(Path baseDir, String relativePath, List<String> lines) throws IOException {
        Path file = baseDir.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    static Finding clientFinding(int line) {
        return new Finding("client-per-invocation", Severity.ERROR, HANDLER_PATH, line, CLIENT_COLUMN,
                "DynamoDbClient is built on every invocation of OrderHandler.handleRequest; build it once.",
                HANDLER,
                List.of(new CallStep("OrderHandler.handleRequest", HANDLER_PATH, 5),
                        new CallStep("OrderHandler.save", HANDLER_PATH, line)));
    }

    /** A finding at the template of the project root, above the module that is the base: {@code ../template.yaml}. */
    static Finding templateAbove(Path moduleDir) throws IOException {
        writeSource(moduleDir.getParent(), "template.yaml", List.of("Resources:", "  Fn:",
                "    Type: AWS::Serverless::Function", "    Properties:", "      MemorySize: 2048"));
        return new Finding("memory-overprovisioned", Severity.WARNING, "../template.yaml", 5, 7,
                "Fn uses little of its memory.", null, List.of());
    }

    static Finding parseError() {
        return new Finding("parse-error", Severity.WARNING, "src/main/java/com/acme/Broken.java", 3, 1,
                "Broken.java could not be parsed: unexpected '{'.", null, List.of());
    }

    static AnalysisResult result(Path baseDir, Finding... findings) {
        return new AnalysisResult(baseDir, List.of(findings), List.of(HANDLER, "com.acme.Quiet::handleRequest"), 41,
                400);
    }
}
