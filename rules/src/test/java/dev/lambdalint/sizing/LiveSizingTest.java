package dev.lambdalint.sizing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.usage.LiveOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The live mode through the engine: a template's function read from Lambda and CloudWatch Logs, served in their
 * wire format by a WireMock server on localhost (the answers AwsUsageTest uses), judged like file usage.
 */
class LiveSizingTest {
    private static final Path WIRE = Path.of("src/test/resources/usage/aws-wire");

    @TempDir
    Path dir;
    private WireMockServer aws;
    private LiveOptions live;

    @BeforeEach
    void startAws() throws IOException {
        aws = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        aws.start();
        live = LiveOptions.defaults().withRegion("eu-west-1")
                .withEndpointOverride(URI.create("http://127.0.0.1:" + aws.port()))
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE",
                        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .withEnd(Instant.parse("2026-03-15T00:00:00Z"))
                .withTimeBudget(Duration.ofSeconds(30));
        aws.stubFor(get(urlPathEqualTo("/2015-03-31/functions/orders-fn/configuration"))
                .willReturn(json("application/json", wire("get-function-configuration-orders-fn"))));
        aws.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.FilterLogEvents"))
                .withRequestBody(matchingJsonPath("$.logGroupName", equalTo("/aws/lambda/orders-fn")))
                .withRequestBody(notContaining("nextToken"))
                .willReturn(json("application/x-amz-json-1.1", wire("filter-log-events-orders-fn-page-1"))));
        aws.stubFor(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("Logs_20140328.FilterLogEvents"))
                .withRequestBody(matchingJsonPath("$.nextToken"))
                .willReturn(json("application/x-amz-json-1.1", wire("filter-log-events-orders-fn-page-2"))));
        Files.writeString(dir.resolve("template.yaml"), """
                Resources:
                  OrdersFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: orders-fn
                      Handler: com.acme.orders.OrderHandler::handleRequest
                      Runtime: java21
                      MemorySize: 512
                      Timeout: 30
                """);
    }

    @AfterEach
    void stopAws() {
        aws.stop();
    }

    @Test
    void theTemplatesFunctionIsReadLiveAndJudgedAtItsTemplateLine() {
        AnalysisResult result = LambdaLint.analyze(request());

        List<Finding> timeouts = result.findings().stream().filter(f -> f.ruleId().equals("timeout-risk")).toList();
        assertEquals(1, timeouts.size(), result.findings()::toString);
        assertEquals("template.yaml", timeouts.get(0).path());
        assertEquals(9, timeouts.get(0).line());
        assertTrue(timeouts.get(0).message().startsWith("OrdersFunction (orders-fn) timed out: 1 invocation ran into "
                + "the 30 s timeout"), timeouts.get(0).message());

        List<String> notes = result.sizing().notes();
        assertTrue(notes.contains("live mode: read 1 function by name from AWS, 14 days back: settings of 1 function, "
                + "3 REPORT records"), notes.toString());
        assertTrue(notes.contains("OrdersFunction: the template sets 512 MB, the deployed orders-fn has 1024 MB (not "
                + "deployed yet?)"), notes.toString());
        FunctionFigures orders = result.sizing().functions().get(0);
        assertEquals(List.of("orders-fn"), orders.usageNames());
        assertEquals(512, orders.memoryMb(), "the template's value is the one judged");
        assertEquals("x86_64", orders.architecture(), "the template's (by default), not the deployed arm64");
        assertTrue(orders.usage().monthlyCost() != null, "priced over the 14-day look-back");
        aws.verify(1, getRequestedFor(urlPathEqualTo("/2015-03-31/functions/orders-fn/configuration")));
    }

    @Test
    void aLiveRunIsNeverAnsweredFromTheCache() {
        AnalysisRequest cached = request().withCache(dir.resolve("target/lambda-lint"));
        assertFalse(LambdaLint.analyze(cached).fromCache());
        assertFalse(LambdaLint.analyze(cached).fromCache());
        aws.verify(2, getRequestedFor(urlPathEqualTo("/2015-03-31/functions/orders-fn/configuration")));
    }

    @Test
    void anAwsFailureIsAWarningLineAndTheAnalysisGoesOn() {
        aws.resetAll();
        aws.stubFor(get(urlPathEqualTo("/2015-03-31/functions/orders-fn/configuration"))
                .willReturn(json("application/json", "{\"Message\":\"User is not authorized to perform: "
                        + "lambda:GetFunctionConfiguration\"}").withStatus(403)
                        .withHeader("x-amzn-ErrorType", "AccessDeniedException")));

        AnalysisResult result = LambdaLint.analyze(request());

        assertEquals(List.of("usage aws: access denied: lambda:GetFunctionConfiguration on orders-fn; the credentials "
                + "need lambda:GetFunctionConfiguration"), result.sizing().problems());
        assertTrue(result.sizing().notes().contains("no recorded usage for OrdersFunction, so its memory and timeout "
                + "are not judged"), result.sizing().notes().toString());
    }

    private AnalysisRequest request() {
        return AnalysisRequest.of(dir, List.of(dir)).withUsage(new UsageInput(List.of(), Map.of(), null, live, null));
    }

    private static ResponseDefinitionBuilder json(String type, String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", type)
                .withHeader("x-amzn-RequestId", "7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f").withBody(body);
    }

    private static String wire(String name) {
        try {
            return Files.readString(WIRE.resolve(name + ".json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
