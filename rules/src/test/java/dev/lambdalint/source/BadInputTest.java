package dev.lambdalint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never stops the analysis: each bad file gives one clear parse-error finding naming it (or is simply
 * analyzed), and a handler beside it is still checked.
 */
class BadInputTest {
    private static final String HANDLER = """
            package com.acme;
            import com.amazonaws.services.lambda.runtime.*;
            import software.amazon.awssdk.services.s3.S3Client;
            public class Handler implements RequestHandler<String, String> {
                public String handleRequest(String in, Context c) {
                    return S3Client.create().toString();
                }
            }
            """;

    @TempDir
    Path base;
    Path src;

    @BeforeEach
    void handlerBesideTheBadInput() throws IOException {
        src = Files.createDirectories(base.resolve("src/com/acme"));
        Files.writeString(src.resolve("Handler.java"), HANDLER);
    }

    @Test
    void fileInAnotherEncodingIsAnalyzedAndNamed() throws IOException {
        Files.write(src.resolve("Latin1.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                import java.net.http.HttpClient;
                public class Latin1 implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        return "café" + HttpClient.newHttpClient();
                    }
                }
                """.getBytes(StandardCharsets.ISO_8859_1));
        AnalysisResult result = analyze();
        assertEquals(List.of("src/com/acme/Latin1.java"), paths(result, "parse-error"));
        assertTrue(message(result, "parse-error").contains("not valid UTF-8"), message(result, "parse-error"));
        assertEquals(List.of("src/com/acme/Handler.java", "src/com/acme/Latin1.java"),
                paths(result, "client-per-invocation"));
    }

    @Test
    void hugeGeneratedFileIsParsed() throws IOException {
        StringBuilder generated = new StringBuilder("package com.acme;\npublic class Generated {\n");
        for (int i = 0; generated.length() < 5_000_000; i++) {
            generated.append("    public static final String CONSTANT_").append(i).append(" = \"value number ")
                    .append(i).append(" of a generated table\";\n");
        }
        Files.writeString(src.resolve("Generated.java"), generated.append("}\n"));
        AnalysisResult result = analyze();
        assertEquals(List.of(), paths(result, "parse-error"));
        assertEquals(List.of("src/com/acme/Handler.java"), paths(result, "client-per-invocation"));
    }

    @Test
    void deeplyNestedExpressionsDoNotTakeTheBuildDown() throws IOException {
        int depth = 20_000;
        String nested = "(".repeat(depth) + "1" + ")".repeat(depth);
        String chain = "1" + " + 1".repeat(depth);
        Files.writeString(src.resolve("Deep.java"), "package com.acme;\nclass Deep {\n  int a = " + nested
                + ";\n  int b = " + chain + ";\n}\n");
        AnalysisResult result = analyze();
        assertEquals(List.of("src/com/acme/Handler.java"), paths(result, "client-per-invocation"));
        assertTrue(paths(result, "parse-error").stream().allMatch("src/com/acme/Deep.java"::equals));
    }

    @Test
    void modernJavaSyntaxIsUnderstood() throws IOException {
        Files.writeString(src.resolve("Modern.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                import software.amazon.awssdk.services.sqs.SqsClient;
                public class Modern implements RequestHandler<Modern.Shape, String> {
                    sealed interface Shape permits Circle, Square {}
                    record Circle(double r) implements Shape {}
                    record Square(double side) implements Shape {}
                    public String handleRequest(Shape shape, Context c) {
                        String text = \"""
                            a text block
                            \""";
                        return switch (shape) {
                            case Circle(double r) when r > 1 -> text + SqsClient.create();
                            case Circle circle -> "small";
                            case Square s -> "square";
                        };
                    }
                }
                """);
        AnalysisResult result = analyze();
        assertEquals(List.of(), paths(result, "parse-error"));
        assertEquals(List.of("src/com/acme/Handler.java", "src/com/acme/Modern.java"),
                paths(result, "client-per-invocation"));
    }

    @Test
    void selfReferentialInitializerDoesNotRecurseForever() throws IOException {
        Files.writeString(src.resolve("Loop.java"), """
                package com.acme;
                import com.amazonaws.services.lambda.runtime.*;
                public class Loop implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) {
                        var x = x.next();
                        return x.value();
                    }
                }
                """);
        AnalysisResult result = analyze();
        assertEquals(List.of("src/com/acme/Handler.java"), paths(result, "client-per-invocation"));
    }

    @Test
    void symbolicLinkLoopIsReportedNotFollowedForever() throws IOException {
        Files.createSymbolicLink(src.resolve("loop"), src);
        AnalysisResult result = analyze();
        assertEquals(List.of("src/com/acme/loop"), paths(result, "parse-error"));
        assertTrue(message(result, "parse-error").contains("symbolic link loop"));
        assertEquals(List.of("src/com/acme/Handler.java"), paths(result, "client-per-invocation"));
    }

    @Test
    void fileReachedThroughALinkIsAnalyzedOnce() throws IOException {
        Path real = Files.createDirectories(src.resolve("real"));
        Files.writeString(real.resolve("Linked.java"), HANDLER.replace("package com.acme;", "package com.acme.real;")
                .replace("class Handler", "class Linked"));
        Files.createSymbolicLink(src.resolve("alias"), Path.of("real"));
        assertEquals(List.of("src/com/acme/Handler.java", "src/com/acme/alias/Linked.java"),
                paths(analyze(), "client-per-invocation"));
    }

    @Test
    void unreadableFileIsNamed() throws IOException {
        Path secret = src.resolve("Secret.java");
        Files.writeString(secret, "package com.acme; class Secret {}");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permissions cannot make a file unreadable");
        AnalysisResult result = analyze();
        assertEquals(List.of("src/com/acme/Secret.java"), paths(result, "parse-error"));
        assertTrue(message(result, "parse-error").startsWith("cannot read the file"));
        assertEquals(List.of("src/com/acme/Handler.java"), paths(result, "client-per-invocation"));
    }

    @Test
    void resultIsTheSameWhateverTheThreadCount() throws IOException {
        for (int i = 0; i < 40; i++) {
            Files.writeString(src.resolve("H" + i + ".java"), HANDLER.replace("class Handler", "class H" + i));
        }
        Files.writeString(src.resolve("Broken.java"), "class Broken {");
        AnalysisRequest request = AnalysisRequest.of(base, List.of(Path.of("src")));
        AnalysisResult one = LambdaLint.analyze(request.withThreads(1));
        AnalysisResult four = LambdaLint.analyze(request.withThreads(4));
        assertEquals(one.findings(), four.findings());
        assertEquals(one.handlers(), four.handlers());
        assertEquals(42, one.filesAnalyzed());
    }

    private AnalysisResult analyze() {
        return LambdaLint.analyze(AnalysisRequest.of(base, List.of(Path.of("src"))));
    }

    private static List<String> paths(AnalysisResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::path).toList();
    }

    private static String message(AnalysisResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::message)
                .findFirst().orElse("");
    }
}
