package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.deploy.TemplateFiles;
import dev.lambdalint.sizing.UsageInput;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check run in one function module of the layouts real projects have, with no configuration: the templates
 * are found above the module and in the repository's CDK apps, and only the functions that run the module's code
 * are judged there.
 */
class ProjectLayoutTest {
    @TempDir
    Path repo;

    /** What `sam init` generates, with a second function: one template at the root, one Maven module per function. */
    private static final String SAM_TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Runtime: java21
                Timeout: 20
            Resources:
              HelloWorldFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: HelloWorldFunction
                  Handler: helloworld.App::handleRequest
                  MemorySize: 2048
                  Environment:
                    Variables:
                      BUCKET: !Ref Uploads
                  Events:
                    Upload:
                      Type: S3
                      Properties:
                        Bucket: !Ref Uploads
                        Events: s3:ObjectCreated:*
              OtherFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: Other/
                  Handler: helloworld.App::handleRequest
                  FunctionName: other-prod
                  Environment:
                    Variables:
                      BUCKET: !Ref Uploads
              Uploads:
                Type: AWS::S3::Bucket
            """;

    /** Writes into the bucket named by BUCKET: a loop only for a function that bucket triggers. */
    private static final String WRITING_APP = """
            package helloworld;

            import com.amazonaws.services.lambda.runtime.Context;
            import com.amazonaws.services.lambda.runtime.RequestHandler;
            import software.amazon.awssdk.core.sync.RequestBody;
            import software.amazon.awssdk.services.s3.S3Client;

            public class App implements RequestHandler<Object, String> {
                private static final S3Client S3 = S3Client.create();

                public String handleRequest(Object input, Context context) {
                    S3.putObject(r -> r.bucket(System.getenv("BUCKET")).key("out.txt"), RequestBody.fromString("x"));
                    return "ok";
                }
            }
            """;

    @Test
    void samLayoutEachModuleJudgesItsOwnFunctionFromTheTemplateAtTheRoot() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("template.yaml", SAM_TEMPLATE);
        write("HelloWorldFunction/src/main/java/helloworld/App.java", WRITING_APP);
        write("Other/src/main/java/helloworld/App.java", WRITING_APP);

        AnalysisResult hello = analyze(repo.resolve("HelloWorldFunction"), null);
        List<Finding> loops = hello.findings().stream().filter(f -> f.ruleId().equals("self-invocation")).toList();
        assertEquals(1, loops.size(), hello.findings().toString());
        assertEquals("src/main/java/helloworld/App.java", loops.get(0).path());
        assertTrue(loops.get(0).message().contains("HelloWorldFunction -> s3:PutObject Uploads -> HelloWorldFunction"),
                loops.get(0).message());
        assertTrue(loops.get(0).message().contains("(../template.yaml:18)"), loops.get(0).message());
        assertTrue(hello.inputNotes().contains("OtherFunction (../template.yaml:23) is another module's code, not "
                + "judged here: its code Other/ lies outside this module"), hello.inputNotes().toString());
        assertTrue(hello.inputNotes().contains("HelloWorldFunction (../template.yaml:8) is this module's code: its code "
                + "HelloWorldFunction is this module's"), hello.inputNotes().toString());

        // the same class in the other module runs a function no bucket triggers: no loop there
        AnalysisResult other = analyze(repo.resolve("Other"), null);
        assertEquals(List.of(), other.findings().stream().filter(f -> f.ruleId().equals("self-invocation")).toList());
        assertEquals(List.of("helloworld.App::handleRequest"), other.handlers());
    }

    @Test
    void usageOfAnotherModulesFunctionIsNeitherJudgedNorUnmatchedHere() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("template.yaml", SAM_TEMPLATE);
        write("HelloWorldFunction/src/main/java/helloworld/App.java", WRITING_APP);
        write("Other/src/main/java/helloworld/App.java", WRITING_APP);
        write("usage/other-prod.log", reports(60, 128, 40));
        write("usage/HelloWorldFunction.log", reports(60, 2048, 300));

        AnalysisResult hello = analyze(repo.resolve("HelloWorldFunction"), List.of(Path.of("../usage")));
        List<Finding> memory = hello.findings().stream().filter(f -> f.ruleId().startsWith("memory-")).toList();
        assertEquals(1, memory.size(), hello.findings().toString());
        assertEquals("memory-overprovisioned", memory.get(0).ruleId());
        assertEquals("../template.yaml", memory.get(0).path());
        assertEquals(13, memory.get(0).line());
        assertEquals(List.of("HelloWorldFunction"), hello.sizing().functions().stream()
                .map(f -> f.function()).toList());
        assertEquals(List.of(), hello.sizing().unmatched(), "other-prod is OtherFunction's, of the other module");
    }

    @Test
    void cdkJavaLayoutTheFunctionModuleFindsTheAppBesideIt() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        write("infra/pom.xml", "<project/>");
        write("infra/src/main/java/com/myorg/InfraApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class InfraApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        new OrdersStack(app, "OrdersStack");
                        app.synth();
                    }
                }
                """);
        write("infra/src/main/java/com/myorg/OrdersStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Duration;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class OrdersStack extends Stack {
                    public OrdersStack(final Construct scope, final String id) {
                        super(scope, id);
                        Queue orders = new Queue(this, "OrdersQueue");
                        Function worker = Function.Builder.create(this, "OrdersWorker")
                                .runtime(Runtime.JAVA_21)
                                .handler("com.example.orders.Worker::handleRequest")
                                .code(Code.fromAsset("../software/orders/target/orders.jar"))
                                .functionName("orders-worker")
                                .memorySize(2048)
                                .timeout(Duration.seconds(30))
                                .environment(Map.of("QUEUE_URL", orders.getQueueUrl()))
                                .build();
                        worker.addEventSource(new SqsEventSource(orders));

                        Function.Builder.create(this, "Reports")
                                .runtime(Runtime.JAVA_21)
                                .handler("com.example.reports.Report")
                                .code(Code.fromAsset("../software/reports/target/reports.jar"))
                                .build();
                    }
                }
                """);
        write("software/orders/src/main/java/com/example/orders/Worker.java", """
                package com.example.orders;

                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import com.amazonaws.services.lambda.runtime.events.SQSEvent;
                import software.amazon.awssdk.services.sqs.SqsClient;

                public class Worker implements RequestHandler<SQSEvent, Void> {
                    private static final SqsClient SQS = SqsClient.create();

                    public Void handleRequest(SQSEvent event, Context context) {
                        for (SQSEvent.SQSMessage message : event.getRecords()) {
                            SQS.sendMessage(r -> r.queueUrl(System.getenv("QUEUE_URL")).messageBody(message.getBody()));
                        }
                        return null;
                    }
                }
                """);
        write("software/orders/node_modules/junk/cdk.json", "{}");
        write("usage/orders-worker.log", reports(60, 2048, 300));

        AnalysisResult orders = analyze(repo.resolve("software/orders"), List.of(Path.of("../../usage")));
        String stack = "../../infra/src/main/java/com/myorg/OrdersStack.java";
        Finding loop = orders.findings().stream().filter(f -> f.ruleId().equals("self-invocation")).findFirst()
                .orElseThrow(() -> new AssertionError(orders.findings().toString()));
        assertEquals("src/main/java/com/example/orders/Worker.java", loop.path());
        assertTrue(loop.message().contains("OrdersWorker -> sqs:SendMessage OrdersQueue -> OrdersWorker"),
                loop.message());
        assertTrue(loop.message().contains("(" + stack + ":26)"), loop.message());
        Finding memory = orders.findings().stream().filter(f -> f.ruleId().equals("memory-overprovisioned"))
                .findFirst().orElseThrow(() -> new AssertionError(orders.findings().toString()));
        assertEquals(stack, memory.path());
        assertEquals(22, memory.line(), "at .memorySize(2048)");
        assertTrue(orders.inputNotes().contains("Reports (" + stack + ":28) is another module's code, not judged "
                + "here: its code ../software/reports/target/reports.jar lies outside this module"),
                orders.inputNotes().toString());
    }

    @Test
    void theRepositoryRootIsTheNearestGitElseTheTopOfTheBuild() throws IOException {
        Path module = Files.createDirectories(repo.resolve("services/orders/fn"));
        assertEquals(repo.resolve("services/orders"), TemplateFiles.repositoryRoot(module, repo.resolve("services/orders")));
        assertEquals(module, TemplateFiles.repositoryRoot(module, repo.resolve("elsewhere")));
        Files.writeString(repo.resolve(".git"), "gitdir: /somewhere/.git/worktrees/x\n");
        assertEquals(repo, TemplateFiles.repositoryRoot(module, repo.resolve("services/orders")));
        Files.createDirectories(repo.resolve("services/.git"));
        assertEquals(repo.resolve("services"), TemplateFiles.repositoryRoot(module, null));
    }

    @Test
    void theSearchIsBoundedAndSkipsBuildOutputsAndDependencies() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path module = Files.createDirectories(repo.resolve("fn"));
        for (String ignored : List.of("node_modules/a", "target/x", ".aws-sam/build", "fn/cdk.out/y",
                "a/b/c/d/e")) {
            write(ignored + "/cdk.json", "{}");
        }
        write("a/b/c/d/cdk.json", "{}");
        write("template.yaml", "Resources: {}\n");
        write("a/template.yaml", "Resources: {}\n");
        TemplateFiles.Found found = TemplateFiles.find(module, repo, List.of(), new java.util.ArrayList<>());
        assertEquals(List.of("../template.yaml"), found.templates().stream().map(t -> t.relativePath()).toList());
        String notes = String.join("\n", found.notes());
        assertTrue(notes.contains("looked for templates in ., .., and for CDK apps (cdk.json) under .., at most 4 "
                + "folders deep"), notes);
        assertTrue(notes.contains("CDK app ../a/b/c/d is not written in Java and has no cdk.out"), notes);
        assertTrue(!notes.contains("node_modules") && !notes.contains("a/b/c/d/e") && !notes.contains("aws-sam"),
                notes);
    }

    private AnalysisResult analyze(Path module, List<Path> usage) {
        // the usage here is an hour's: any saving counts, or no over-provisioning would be worth reporting
        AnalysisRequest request = AnalysisRequest.of(module, List.of(Path.of("src/main/java")))
                .withTemplateRoot(TemplateFiles.repositoryRoot(module, repo))
                .withRules(new RuleSettings(List.of(new RuleConfig("memory-overprovisioned", null, null,
                        Map.of("minMonthlySaving", "0")))));
        if (usage != null) {
            request = request.withUsage(new UsageInput(usage, Map.of(), null, null, null));
        }
        return LambdaLint.analyze(request);
    }

    private void write(String path, String text) {
        try {
            Path file = repo.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** REPORT lines of {@code count} invocations at a memory size, each peaking at {@code usedMb}. */
    private static String reports(int count, int memoryMb, int usedMb) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String id = String.format("00000000-0000-4000-8000-%012d", i);
            String time = String.format("2026-03-02T%02d:%02d:00.000Z", 8 + i / 60, i % 60);
            lines.append(time).append(" REPORT RequestId: ").append(id).append("\tDuration: 120.00 ms\t")
                    .append("Billed Duration: 120 ms\tMemory Size: ").append(memoryMb).append(" MB\t")
                    .append("Max Memory Used: ").append(usedMb).append(" MB\t\n");
        }
        return lines.toString();
    }
}
