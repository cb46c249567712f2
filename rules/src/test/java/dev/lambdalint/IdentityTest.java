package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.baseline.Baseline;
import dev.lambdalint.baseline.BaselineMatch;
import dev.lambdalint.check.memory.MemoryOverprovisioned;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.sizing.UsageInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding keeps its identity through the edits that do not change what it points at (moved lines, a comment
 * header, another handler reaching it, more usage records, another thread count), and a baseline written before them
 * still accepts every finding after them; changing the flagged code makes a new identity.
 */
class IdentityTest {
    private static final String HANDLER = "src/main/java/com/acme/orders/OrderHandler.java";
    private static final String HELPER = "src/main/java/com/acme/shared/Clients.java";
    private static final String REFUND = "src/main/java/com/acme/orders/AaaRefundHandler.java";
    /** An hour of one invocation a minute saves cents a month: any saving makes the memory finding here. */
    private static final RuleSettings ANY_SAVING = new RuleSettings(List.of(new RuleConfig("memory-overprovisioned",
            null, null, Map.of(MemoryOverprovisioned.MIN_MONTHLY_SAVING.name(), "0"))));

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        write(HANDLER, """
                package com.acme.orders;

                import com.acme.shared.Clients;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import software.amazon.awssdk.services.s3.S3Client;
                import software.amazon.awssdk.services.ssm.SsmClient;

                public class OrderHandler implements RequestHandler<String, String> {
                    private static final SsmClient SSM = SsmClient.create();

                    @Override
                    public String handleRequest(String order, Context context) {
                        S3Client.create().close();
                        S3Client.create().close();
                        String table = SSM.getParameter(r -> r.name("/orders/table")).parameter().value();
                        return Clients.dynamo().toString() + table;
                    }
                }
                """);
        write(HELPER, """
                package com.acme.shared;

                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

                public final class Clients {
                    public static DynamoDbClient dynamo() {
                        return DynamoDbClient.create();
                    }
                }
                """);
        write("template.yaml", """
                Resources:
                  OrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: orders
                      Handler: com.acme.orders.OrderHandler::handleRequest
                      MemorySize: 2048
                      Timeout: 10
                """);
        usage(60, 0);
        write("src/main/java/com/acme/Broken.java", "import com.amazonaws.services.lambda.runtime.Context;\nclass Broken { void m( { }\n");
    }

    @Test
    void identitiesNameTheRuleAndWhatTheFindingPointsAt() {
        Set<String> identities = identities(analyze(1));

        assertEquals(new TreeSet<>(Set.of(
                "client-per-invocation | com.acme.orders.OrderHandler | handleRequest(String, Context) | "
                        + "S3Client.create()",
                "client-per-invocation | com.acme.orders.OrderHandler | handleRequest(String, Context) | "
                        + "S3Client.create() | #2",
                "client-per-invocation | com.acme.shared.Clients | dynamo() | DynamoDbClient.create()",
                "config-per-invocation | com.acme.orders.OrderHandler | handleRequest(String, Context) | "
                        + "SSM.getParameter(r -> r.name(\"/orders/table\"))",
                "memory-overprovisioned | template.yaml | OrdersFunction | MemorySize",
                "parse-error | src/main/java/com/acme/Broken.java | syntax")), identities);
    }

    @Test
    void benignEditsKeepEveryIdentityAndTheBaselineStillAcceptsEverything() throws IOException {
        AnalysisResult before = analyze(1);
        Baseline baseline = Baseline.of(before);

        // a comment header and moved lines
        write(HANDLER, "/*\n * Copyright Acme.\n * All rights reserved.\n */\n" + read(HANDLER)
                .replace("    @Override", "\n\n    // orders arrive from the API\n    @Override")
                .replace("S3Client.create().close();\n        S3Client",
                        "S3Client.create()   // first\n            .close();\n\n        S3Client"));
        // a second handler that reaches the helper's finding, and sorts before the first one
        write(REFUND, """
                package com.acme.orders;

                import com.acme.shared.Clients;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;

                public class AaaRefundHandler implements RequestHandler<String, String> {
                    @Override
                    public String handleRequest(String refund, Context context) {
                        return Clients.dynamo().toString();
                    }
                }
                """);
        // more REPORT lines added to the usage file: other figures in the memory finding's message
        usage(30, 60);

        for (int threads : new int[] {1, 2, 4}) {
            AnalysisResult after = analyze(threads);
            assertEquals(identities(before), identities(after), "threads " + threads);
            assertNotEquals(messages(before), messages(after), "the edits did change lines, handlers and figures");

            BaselineMatch match = baseline.match(after);
            assertEquals(List.of(), match.fresh().findings(), "threads " + threads);
            assertEquals(List.of(), match.stale(), "threads " + threads);
        }
        Finding helper = find(analyze(1), "dynamo()");
        assertEquals("com.acme.orders.AaaRefundHandler::handleRequest", helper.handler(),
                "the new handler reaches the helper first, and the identity does not mind");
    }

    @Test
    void changingTheFlaggedCodeMakesANewIdentity() throws IOException {
        AnalysisResult before = analyze(1);
        Baseline baseline = Baseline.of(before);

        write(HELPER, read(HELPER).replace("DynamoDbClient.create()", "DynamoDbClient.builder().build()"));
        AnalysisResult after = analyze(1);

        Finding changed = find(after, "dynamo()");
        assertFalse(identities(before).contains(changed.identity()), changed.identity());
        BaselineMatch match = baseline.match(after);
        assertEquals(List.of(changed), match.fresh().findings());
        assertEquals(1, match.stale().size());
        assertTrue(match.stale().get(0).identity().endsWith("DynamoDbClient.create()"), match.stale().toString());
    }

    @Test
    void theSettingNotTheFiguresIdentifiesATemplateFinding() throws IOException {
        String before = find(analyze(1), "MemorySize").identity();

        write("template.yaml", read("template.yaml").replace("MemorySize: 2048", "MemorySize: 4096"));

        Finding after = find(analyze(1), "MemorySize");
        assertEquals(before, after.identity());
        assertTrue(after.message().contains("4,096 MB"), after.message());
    }

    private AnalysisResult analyze(int threads) {
        return LambdaLint.analyze(AnalysisRequest.of(dir, List.of(dir.resolve("src/main/java"))).withThreads(threads)
                .withUsage(new UsageInput(List.of(Path.of("usage")), Map.of(), null, null, null))
                .withRules(ANY_SAVING));
    }

    private static Set<String> identities(AnalysisResult result) {
        return result.findings().stream().map(Finding::identity).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> messages(AnalysisResult result) {
        return result.findings().stream().map(f -> f.line() + " " + f.message() + " " + f.handler()).toList();
    }

    private static Finding find(AnalysisResult result, String identityPart) {
        return result.findings().stream().filter(f -> f.identity().contains(identityPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding with " + identityPart + " in " + identities(result)));
    }

    /** Adds {@code n} REPORT lines of "orders" at 2,048 MB, one a minute from minute {@code offset}, the last the peak. */
    private void usage(int n, int offset) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int minute = offset + i;
            lines.add(String.format("2026-03-02T%02d:%02d:00.000Z REPORT RequestId: %08d-0000-4000-8000-000000000000\t"
                    + "Duration: %d.50 ms\tBilled Duration: %d ms\tMemory Size: 2048 MB\tMax Memory Used: %d MB\t",
                    10 + minute / 60, minute % 60, minute, 100 + i, 101 + i, i == n - 1 ? 300 + offset : 150));
        }
        Files.createDirectories(dir.resolve("usage"));
        Files.write(dir.resolve("usage/orders.log"), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String read(String relative) throws IOException {
        return Files.readString(dir.resolve(relative));
    }
}
