package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.lambdalint.report.WhereToStart;
import dev.lambdalint.sizing.FunctionFigures;
import dev.lambdalint.sizing.UsageInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of several modules: a function module follows calls into the modules it depends on, and each module's
 * code is resolved with the classes it sees, so that two modules may declare the same class.
 */
class ModulesTest {
    @TempDir
    Path repo;

    @Test
    void aFunctionModuleFollowsCallsIntoTheSourcesOfItsDependencyModule() throws IOException {
        write("common/src/com/acme/common/Clients.java", """
                package com.acme.common;
                import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
                public final class Clients {
                    public static DynamoDbClient dynamo() { return DynamoDbClient.create(); }
                }
                """);
        write("common/src/com/acme/common/SharedHandler.java", """
                package com.acme.common;
                import com.amazonaws.services.lambda.runtime.*;
                public class SharedHandler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) { return software.amazon.awssdk.services.s3.S3Client.create() + in; }
                }
                """);
        write("orders/src/com/acme/orders/OrderHandler.java", """
                package com.acme.orders;
                import com.acme.common.Clients;
                import com.amazonaws.services.lambda.runtime.*;
                public class OrderHandler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) { return Clients.dynamo() + in; }
                }
                """);
        Path orders = repo.resolve("orders");
        AnalysisResult alone = LambdaLint.analyze(AnalysisRequest.of(orders, List.of(Path.of("src"))));
        assertEquals(List.of(), alone.findings(), "without the dependency's sources nothing is built here");

        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(orders, List.of(Path.of("src")))
                .withDependencySources(List.of(repo.resolve("common/src"))));

        assertEquals(List.of("com.acme.orders.OrderHandler::handleRequest"), result.handlers(),
                "the dependency's own handler is judged in its own module");
        assertEquals(1, result.findings().size(), result.findings().toString());
        Finding finding = result.findings().get(0);
        assertEquals("../common/src/com/acme/common/Clients.java", finding.path());
        assertEquals("OrderHandler.handleRequest -> Clients.dynamo", finding.chainText());
        assertEquals("src/com/acme/orders/OrderHandler.java", finding.callChain().get(0).path());
        assertEquals(3, result.filesAnalyzed(), "the dependency's files are read too");
    }

    @Test
    void modulesDeclaringTheSameClassAreEachResolvedWithTheirOwnCode() throws IOException {
        for (String module : List.of("hello", "world")) {
            String client = module.equals("hello") ? "software.amazon.awssdk.services.s3.S3Client"
                    : "software.amazon.awssdk.services.sqs.SqsClient";
            write(module + "/src/helloworld/App.java", """
                    package helloworld;
                    import com.amazonaws.services.lambda.runtime.*;
                    public class App implements RequestHandler<String, String> {
                        public String handleRequest(String in, Context c) { return new Helper().help(in); }
                    }
                    """);
            write(module + "/src/helloworld/Helper.java", """
                    package helloworld;
                    public class Helper {
                        public String help(String in) { return %s.create() + in; }
                    }
                    """.formatted(client));
        }
        AnalysisRequest request = AnalysisRequest.of(repo, List.of()).withModules(List.of(
                SourceModule.judged("hello", List.of(Path.of("hello/src")), List.of()),
                SourceModule.judged("world", List.of(Path.of("world/src")), List.of())))
                .withCache(repo.resolve("target/lambda-lint"));
        AnalysisResult result = LambdaLint.analyze(request);

        assertEquals(List.of("helloworld.App::handleRequest", "helloworld.App::handleRequest"), result.handlers(),
                "both modules' handlers are judged");
        assertEquals(List.of("hello", "world"), result.handlerModules(), "each handler with the module declaring it");
        AnalysisResult warm = LambdaLint.analyze(request);
        assertTrue(warm.fromCache());
        assertEquals(result.handlers(), warm.handlers(), "the cache keeps the handlers");
        assertEquals(result.handlerModules(), warm.handlerModules(), "and the module of each");
        List<String> found = result.findings().stream().map(f -> f.path() + " " + f.message().substring(0,
                f.message().indexOf(' '))).toList();
        assertEquals(List.of("hello/src/helloworld/Helper.java S3Client", "world/src/helloworld/Helper.java SqsClient"),
                found);
        for (Finding f : result.findings()) {
            String module = f.path().substring(0, f.path().indexOf('/'));
            assertTrue(f.callChain().stream().allMatch(step -> step.path().startsWith(module + "/")),
                    "no chain crosses into a sibling module: " + f.callChain());
        }
    }

    @Test
    void aModuleDoesNotSeeASiblingItDoesNotDependOn() throws IOException {
        write("tools/src/com/acme/tools/Clients.java", """
                package com.acme.tools;
                public final class Clients {
                    public static Object queue() { return software.amazon.awssdk.services.sqs.SqsClient.create(); }
                }
                """);
        write("api/src/com/acme/api/ApiHandler.java", """
                package com.acme.api;
                import com.amazonaws.services.lambda.runtime.*;
                public class ApiHandler implements RequestHandler<String, String> {
                    public String handleRequest(String in, Context c) { return com.acme.tools.Clients.queue() + in; }
                }
                """);
        SourceModule api = SourceModule.judged("api", List.of(Path.of("api/src")), List.of());
        SourceModule tools = SourceModule.judged("tools", List.of(Path.of("tools/src")), List.of());

        AnalysisResult siblings = LambdaLint.analyze(AnalysisRequest.of(repo, List.of()).withModules(List.of(api, tools)));
        assertEquals(List.of(), siblings.findings(), "no chain crosses into a module api does not depend on");

        AnalysisResult dependent = LambdaLint.analyze(AnalysisRequest.of(repo, List.of()).withModules(List.of(
                SourceModule.judged("api", List.of(Path.of("api/src")), List.of("tools")), tools)));
        assertEquals(List.of("tools/src/com/acme/tools/Clients.java"),
                dependent.findings().stream().map(Finding::path).toList());
    }

    @Test
    void codeSharedByTwoFunctionModulesIsReportedOnceForTheFirstHandler() throws IOException {
        write("common/src/com/acme/common/Clients.java", """
                package com.acme.common;
                public final class Clients {
                    public static Object dynamo() { return software.amazon.awssdk.services.dynamodb.DynamoDbClient.create(); }
                }
                """);
        for (String module : List.of("billing", "audit")) {
            String type = Character.toUpperCase(module.charAt(0)) + module.substring(1) + "Handler";
            write(module + "/src/com/acme/" + module + "/" + type + ".java", """
                    package com.acme.%s;
                    import com.amazonaws.services.lambda.runtime.*;
                    public class %s implements RequestHandler<String, String> {
                        public String handleRequest(String in, Context c) { return com.acme.common.Clients.dynamo() + in; }
                    }
                    """.formatted(module, type));
        }
        SourceModule common = SourceModule.judged("common", List.of(Path.of("common/src")), List.of());
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(repo, List.of()).withModules(List.of(
                SourceModule.judged("billing", List.of(Path.of("billing/src")), List.of("common")),
                SourceModule.judged("audit", List.of(Path.of("audit/src")), List.of("common")), common)));

        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals("com.acme.audit.AuditHandler::handleRequest", result.findings().get(0).handler());
    }

    @Test
    void eachModuleIsPairedWithTheDeployedFunctionsThatRunItsOwnCode() throws IOException {
        // the sam init shape: one root template, each function built from its own module, both running helloworld.App
        write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  HelloFunction:
                    Type: AWS::Serverless::Function
                    Properties: {CodeUri: hello, Handler: helloworld.App::handleRequest, Runtime: java21,
                                 FunctionName: hello-prod, MemorySize: 768, Timeout: 20}
                  WorldFunction:
                    Type: AWS::Serverless::Function
                    Properties: {CodeUri: world/, Handler: helloworld.App::handleRequest, Runtime: java21,
                                 FunctionName: world-prod, MemorySize: 2048, Timeout: 20,
                                 SnapStart: {ApplyOn: PublishedVersions}}
                """);
        for (String module : List.of("hello", "world")) {
            write(module + "/src/helloworld/App.java", """
                    package helloworld;
                    import com.amazonaws.services.lambda.runtime.*;
                    public class App implements RequestHandler<String, String> {
                        private static final String INSTANCE = java.util.UUID.randomUUID().toString();
                        public String handleRequest(String in, Context c) { return INSTANCE + new Helper().help(in); }
                    }
                    """);
            write(module + "/src/helloworld/Helper.java", """
                    package helloworld;
                    public class Helper {
                        public String help(String in) { return %s + in; }
                    }
                    """.formatted(module.equals("hello") ? "software.amazon.awssdk.services.s3.S3Client.create()"
                    : "\"\""));
            write("usage/" + module + "-prod.log", reports(module.equals("hello") ? 768 : 2048, module.equals("hello") ? 500 : 300));
        }
        AnalysisRequest request = AnalysisRequest.of(repo, List.of()).withModules(List.of(
                        SourceModule.judged("hello", List.of(Path.of("hello/src")), List.of()).in(Path.of("hello")),
                        SourceModule.judged("world", List.of(Path.of("world/src")), List.of()).in(Path.of("world"))))
                .withUsage(new UsageInput(List.of(Path.of("usage")), Map.of(), null, null, null));

        AnalysisResult result = LambdaLint.analyze(request);

        assertEquals(List.of(
                        "client-per-invocation hello/src/helloworld/Helper.java hello [HelloFunction]",
                        "memory-overprovisioned template.yaml world [WorldFunction]",
                        "snapstart-unique-state world/src/helloworld/App.java world [WorldFunction]"),
                result.findings().stream().map(f -> f.ruleId() + " " + f.path() + " " + f.module() + " "
                        + WhereToStart.functionsOf(f, result.sizing()).stream().map(FunctionFigures::function)
                        .toList()).toList(),
                "hello runs without SnapStart, and its client is its own function's traffic, not world's");
        assertEquals(List.of("HelloFunction [hello]", "WorldFunction [world]"), result.sizing().functions().stream()
                .map(f -> f.function() + " " + f.modules()).toList());
        assertTrue(result.inputNotes().stream().anyMatch(n -> n.startsWith("HelloFunction (template.yaml:")
                && n.contains(" is the code of hello (its code hello is this module's)")), result.inputNotes()
                .toString());
    }

    @Test
    void aFunctionOfNoAnalyzedModuleIsNotJudgedByAnyOfThem() throws IOException {
        write("template.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  HelloFunction:
                    Type: AWS::Serverless::Function
                    Properties: {CodeUri: hello, Handler: helloworld.App::handleRequest, Runtime: java21}
                  LegacyFunction:
                    Type: AWS::Serverless::Function
                    Properties: {CodeUri: legacy/, Handler: helloworld.App::handleRequest, Runtime: java21,
                                 SnapStart: {ApplyOn: PublishedVersions}}
                """);
        write("hello/src/helloworld/App.java", """
                package helloworld;
                import com.amazonaws.services.lambda.runtime.*;
                public class App implements RequestHandler<String, String> {
                    private static final String INSTANCE = java.util.UUID.randomUUID().toString();
                    public String handleRequest(String in, Context c) { return INSTANCE + in; }
                }
                """);
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(repo, List.of()).withModules(List.of(
                SourceModule.judged("hello", List.of(Path.of("hello/src")), List.of()).in(Path.of("hello")),
                SourceModule.judged("api", List.of(Path.of("api/src")), List.of()).in(Path.of("api")))));

        assertEquals(List.of(), result.findings(), "the SnapStart function is built from a folder no module is");
        assertTrue(result.inputNotes().stream().anyMatch(n -> n.startsWith("LegacyFunction (template.yaml:")
                && n.endsWith(" is no analyzed module's code, not judged here")), result.inputNotes().toString());
    }

    /** 60 REPORT lines of a function at {@code memoryMb} peaking near {@code peakMb}. */
    private static String reports(int memoryMb, int peakMb) {
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String id = "6b1d2c3e-0000-4000-8000-%012d".formatted(i);
            String at = "2026-03-02T08:00:%02d.000Z ".formatted(i);
            log.append(at).append("START RequestId: ").append(id).append(" Version: $LATEST\n")
                    .append(at).append("END RequestId: ").append(id).append('\n')
                    .append(at).append("REPORT RequestId: ").append(id).append("\tDuration: ").append(80 + i)
                    .append(".25 ms\tBilled Duration: ").append(81 + i).append(" ms\tMemory Size: ").append(memoryMb)
                    .append(" MB\tMax Memory Used: ").append(peakMb + i % 20).append(" MB\t\n");
        }
        return log.toString();
    }

    @Test
    void twoModulesOfOneNameAreRefused() {
        SourceModule one = SourceModule.judged("app", List.of(Path.of("a")), List.of());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AnalysisRequest.of(repo, List.of()).withModules(List.of(one, one)));
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
