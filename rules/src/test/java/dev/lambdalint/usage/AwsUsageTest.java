package dev.lambdalint.usage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The real SDK v2 clients against a WireMock server on localhost serving Lambda (REST-JSON) and CloudWatch Logs
 * (AWS JSON 1.1) answers in their wire format.
 */
class AwsUsageTest {
    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant END = Instant.parse("2026-03-15T00:00:00Z");
    private static final String FILTER_LOG_EVENTS = "Logs_20140328.FilterLogEvents";
    private static final String LOGS_JSON = "application/x-amz-json-1.1";

    private WireMockServer aws;
    private LiveOptions options;

    @BeforeEach
    void startAws() {
        aws = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        aws.start();
        options = LiveOptions.defaults()
                .withRegion("eu-west-1")
                .withEndpointOverride(URI.create("http://127.0.0.1:" + aws.port()))
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .withEnd(END)
                .withTimeBudget(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopAws() {
        aws.stop();
    }

    @Test
    void readsTheDeployedSettingsAndPagesThroughTheLogEventsOfTheLookBackWindow() throws IOException {
        aws.stubFor(configuration("orders-fn").willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn").withRequestBody(notContaining("nextToken"))
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-1"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn")
                .withRequestBody(matchingJsonPath("$.nextToken", equalTo(
                        "Bxkq6kVGFtq2y_MoigeqscPOdhXVbhiVtLoAmXb5jCrI7fXSrowfuCq0wKhyNUm2_gKB3oFnpdqw")))
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-2"))));

        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn"));

        assertEquals(List.of(), live.usage().problems());
        assertTrue(live.complete());
        assertEquals(Duration.ofDays(14), live.window());
        assertEquals(List.of(new DeployedFunction("orders-fn", 1024, 30, Architecture.ARM64, "/aws/lambda/orders-fn",
                "Text")), live.functions());
        FunctionUsage stats = live.usage().statistics().get("orders-fn");
        assertEquals(3, stats.invocations());
        assertEquals(402, stats.peakMaxMemoryUsedMb());
        assertEquals(1, stats.timeouts());
        assertEquals(1, stats.coldStarts());
        assertTrue(live.usage().reports().stream().allMatch(r -> r.nameSource() == NameSource.DEPLOYED));
        assertEquals(Instant.parse("2026-03-09T00:00:00Z"), stats.firstSeen());
        // fourteen days back from the end, in epoch milliseconds, with the REPORT/timeout/OOM pattern
        aws.verify(2, postRequestedFor(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(FILTER_LOG_EVENTS))
                .withRequestBody(matchingJsonPath("$.startTime", equalTo("1772323200000")))
                .withRequestBody(matchingJsonPath("$.endTime", equalTo("1773532800000")))
                .withRequestBody(matchingJsonPath("$.filterPattern", equalTo(AwsUsage.FILTER_PATTERN)))
                .withHeader("Authorization", containing(
                        "Credential=" + ACCESS_KEY + "/20")));
    }

    @Test
    void throttlingIsRetriedWithBackoffUntilItSucceeds() throws IOException {
        aws.stubFor(configuration("orders-fn").inScenario("lambda").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(lambdaError(429, "TooManyRequestsException",
                        "{\"Reason\":\"CallerRateLimitExceeded\",\"Type\":\"User\",\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("served"));
        aws.stubFor(configuration("orders-fn").inScenario("lambda").whenScenarioStateIs("served")
                .willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn").inScenario("logs").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(logsJson(400, "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"))
                .willSetStateTo("throttled once"));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn").inScenario("logs").whenScenarioStateIs("throttled once")
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-2"))));

        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn"));

        assertEquals(List.of(), live.usage().problems());
        assertEquals(1, live.usage().reports().size());
        aws.verify(2, getRequestedFor(urlPathEqualTo("/2015-03-31/functions/orders-fn/configuration")));
        aws.verify(2, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void anUnknownFunctionIsOneLineAndTheOthersAreStillRead() throws IOException {
        aws.stubFor(configuration("ghost-fn").willReturn(lambdaError(404, "ResourceNotFoundException",
                "{\"Type\":\"User\",\"Message\":\"Function not found: "
                        + "arn:aws:lambda:eu-west-1:123456789012:function:ghost-fn\"}")));
        aws.stubFor(configuration("orders-fn").willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn")
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-2"))));

        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn", "ghost-fn"));

        assertEquals(List.of("aws: unknown function 'ghost-fn' (check the name, the region and the account)"),
                lines(live));
        assertEquals(List.of("orders-fn"), live.functions().stream().map(DeployedFunction::name).toList());
        assertTrue(live.complete());
    }

    @Test
    void accessDeniedOnLambdaAndOnLogsIsOneLineEach() throws IOException {
        aws.stubFor(configuration("secret-fn").willReturn(lambdaError(403, "AccessDeniedException",
                "{\"Message\":\"User: arn:aws:iam::123456789012:user/ci is not authorized to perform: "
                        + "lambda:GetFunctionConfiguration on resource: "
                        + "arn:aws:lambda:eu-west-1:123456789012:function:secret-fn\"}")));
        aws.stubFor(configuration("orders-fn").willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn").willReturn(logsJson(400,
                "{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/ci is not "
                        + "authorized to perform: logs:FilterLogEvents\"}")));

        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn", "secret-fn"));

        assertEquals(List.of(
                "aws: access denied: logs:FilterLogEvents on /aws/lambda/orders-fn; the credentials need "
                        + "logs:FilterLogEvents",
                "aws: access denied: lambda:GetFunctionConfiguration on secret-fn; the credentials need "
                        + "lambda:GetFunctionConfiguration"), lines(live));
        assertEquals(1, live.functions().size());
        assertTrue(live.complete());
    }

    @Test
    void expiredCredentialsStopTheFetchWithOneLine() {
        aws.stubFor(configuration("a-fn").willReturn(lambdaError(403, "ExpiredTokenException",
                "{\"message\":\"The security token included in the request is expired\"}")));

        LiveUsage live = AwsUsage.fetch(options, List.of("a-fn", "b-fn", "c-fn"));

        assertEquals(List.of("aws: AWS rejected the credentials (ExpiredTokenException): they are expired or invalid; "
                + "refresh them and run again"), lines(live));
        assertFalse(live.complete());
        aws.verify(1, getRequestedFor(urlPathEqualTo("/2015-03-31/functions/a-fn/configuration")));
        assertEquals(1, aws.getAllServeEvents().size());
    }

    @Test
    void missingCredentialsAreOneLineAndNothingIsSent() {
        LiveOptions noCredentials = options.withProfile("ci").withCredentials(() -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain "
                    + "AwsCredentialsProviderChain(...): [SystemPropertyCredentialsProvider(): Unable to load "
                    + "credentials from system settings. Access key must be specified either via environment variable "
                    + "(AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).]");
        });

        LiveUsage live = AwsUsage.fetch(noCredentials, List.of("orders-fn"));

        assertEquals(List.of("aws: no usable AWS credentials for profile 'ci' (missing, or an expired SSO session: run "
                + "aws sso login)"), lines(live));
        assertFalse(live.complete());
        assertEquals(0, aws.getAllServeEvents().size());
    }

    @Test
    void listFunctionsPagesThroughMarkersAndKeepsTheNamesWithThePrefix() throws IOException {
        aws.stubFor(get(urlPathEqualTo("/2015-03-31/functions")).withQueryParam("MaxItems", equalTo("50"))
                .withQueryParam("Marker", absent())
                .willReturn(lambdaJson(200, wire("list-functions-page-1"))));
        aws.stubFor(get(urlPathEqualTo("/2015-03-31/functions")).withQueryParam("Marker", equalTo("YmlsbGluZy1mbg=="))
                .willReturn(lambdaJson(200, wire("list-functions-page-2"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn")
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-2"))));
        aws.stubFor(filterLogEvents("/acme/orders-worker")
                .willReturn(logsJson(200, wire("filter-log-events-orders-worker-fn"))));

        LiveUsage live = AwsUsage.fetchByPrefix(options, "orders-");

        assertEquals(List.of(), live.usage().problems());
        assertEquals(List.of(
                new DeployedFunction("orders-fn", 1024, 30, Architecture.ARM64, "/aws/lambda/orders-fn", "Text"),
                new DeployedFunction("orders-worker-fn", 2048, 900, Architecture.X86_64, "/acme/orders-worker", "JSON")),
                live.functions());
        FunctionUsage worker = live.usage().statistics().get("orders-worker-fn");
        assertEquals(1990, worker.peakMaxMemoryUsedMb());
        assertEquals(2048, worker.sizes().get(0).memorySizeMb());
        aws.verify(0, postRequestedFor(urlPathEqualTo("/"))
                .withRequestBody(matchingJsonPath("$.logGroupName", equalTo("/aws/lambda/billing-fn"))));
    }

    @Test
    void aMissingLogGroupSaysSo() throws IOException {
        aws.stubFor(configuration("orders-fn").willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn").willReturn(logsJson(400,
                "{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log group does not exist.\"}")));

        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn"));

        assertEquals(List.of("aws: log group /aws/lambda/orders-fn does not exist: orders-fn has logged nothing yet, "
                + "or logs elsewhere"), lines(live));
        assertEquals(1, live.functions().size());
    }

    @Test
    void theTimeBudgetBoundsTheWholeFetch() throws IOException {
        aws.stubFor(configuration("orders-fn").willReturn(lambdaJson(200, wire("get-function-configuration-orders-fn"))));
        aws.stubFor(filterLogEvents("/aws/lambda/orders-fn")
                .willReturn(logsJson(200, wire("filter-log-events-orders-fn-page-2")).withFixedDelay(5_000)));

        long start = System.nanoTime();
        LiveUsage live = AwsUsage.fetch(options.withTimeBudget(Duration.ofMillis(1_500)), List.of("orders-fn"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(List.of("aws: the time budget ran out during logs:FilterLogEvents on /aws/lambda/orders-fn; "
                + "raise the time budget or shorten the look-back"), lines(live));
        assertFalse(live.complete());
        assertTrue(took.compareTo(Duration.ofMillis(4_500)) < 0, "took " + took);
    }

    @Test
    void noCredentialAppearsInAnyLineOrInTheOptions() {
        aws.stubFor(configuration("orders-fn").willReturn(lambdaError(403, "UnrecognizedClientException",
                "{\"message\":\"The security token included in the request is invalid.\"}")));
        LiveUsage live = AwsUsage.fetch(options, List.of("orders-fn"));
        String printed = lines(live) + options.toString();
        assertFalse(printed.contains(SECRET_KEY), printed);
        assertFalse(printed.contains(ACCESS_KEY), printed);
        assertEquals(1, lines(live).size());
    }

    private static List<String> lines(LiveUsage live) {
        return live.usage().problems().stream().map(UsageProblem::toString).toList();
    }

    private static MappingBuilder configuration(String function) {
        return get(urlPathEqualTo("/2015-03-31/functions/" + function + "/configuration"));
    }

    private static MappingBuilder filterLogEvents(String logGroup) {
        return post(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(FILTER_LOG_EVENTS))
                .withRequestBody(matchingJsonPath("$.logGroupName", equalTo(logGroup)));
    }

    private static ResponseDefinitionBuilder lambdaJson(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "7f3e2d1c-0b9a-4c8d-8e7f-6a5b4c3d2e1f").withBody(body);
    }

    private static ResponseDefinitionBuilder lambdaError(int status, String type, String body) {
        return lambdaJson(status, body).withHeader("x-amzn-ErrorType", type);
    }

    private static ResponseDefinitionBuilder logsJson(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", LOGS_JSON)
                .withHeader("x-amzn-RequestId", "0e1f2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b").withBody(body);
    }

    private static String wire(String name) throws IOException {
        return Files.readString(Samples.path("aws-wire/" + name + ".json"));
    }
}
