package dev.lambdalint.sizing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lambdalint.AnalysisRequest;
import dev.lambdalint.AnalysisResult;
import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Finding;
import dev.lambdalint.LambdaLint;
import dev.lambdalint.check.coldstart.ColdStart;
import dev.lambdalint.check.memory.MemoryOverprovisioned;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates with recorded usage through the engine: figures, notes, shared lines, options, the cache. */
class SizingTest {
    private static final Path OVER = Path.of("src/test/resources/samples/memory-overprovisioned").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theSampleListsUnmatchedUsageAndSaysWhatItCouldNotJudge() {
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(OVER, List.of(OVER)).withUsage(
                new UsageInput(List.of(Path.of("usage")), Map.of("billing-v2", "BillingFunction"), "media", null,
                        null)));
        SizingSummary sizing = result.sizing();

        assertTrue(sizing.usageRead());
        assertEquals(List.of(new SizingSummary.UnmatchedUsage("staging-ArchiveFunction-4RT7YQ2ZK8LM", 55)),
                sizing.unmatched());
        assertTrue(sizing.notes().stream().anyMatch(n -> n.startsWith("usage of 'staging-ArchiveFunction-4RT7YQ2ZK8LM'"
                + " (55 invocations) matches no function")), sizing.notes().toString());
        assertTrue(sizing.notes().contains("RarelyCalledFunction (template.yaml:49): too little usage to judge "
                + "over-provisioning: peak Max Memory Used 150 MB is 7.3% of the configured 2048 MB, but only 12 "
                + "invocations were recorded; at least 50 are needed to call it over-provisioned"), sizing.notes().toString());
        assertTrue(sizing.notes().contains("no recorded usage for IdleFunction, so its memory and timeout are not "
                + "judged"), sizing.notes().toString());
        assertEquals(List.of(), sizing.problems());
        assertEquals(1, result.suppressed(), "the encoder's ignore comment");

        FunctionFigures thumbnails = figures(result, "ThumbnailFunction");
        assertEquals("com.acme.media.ThumbnailHandler::handleRequest", thumbnails.handler());
        assertEquals(List.of("thumbnails"), thumbnails.usageNames());
        assertEquals("arm64", thumbnails.architecture());
        assertEquals(1024, thumbnails.memoryMb());
        assertEquals(60, thumbnails.timeoutSeconds());
        assertEquals(230, thumbnails.usage().peakMemoryMb());
        assertEquals(80, thumbnails.usage().invocations());
        assertEquals("overprovisioned", thumbnails.usage().memoryStatus());
        assertEquals(320, thumbnails.usage().recommendedMb());
        assertTrue(thumbnails.usage().monthlyCost() > thumbnails.usage().recommendedMonthlyCost());
        assertNull(figures(result, "IdleFunction").usage());
        assertEquals(2, figures(result, "resize").usage().sizes().size(), "1,024 and 2,048 MB compared");
        assertTrue(figures(result, "TranscodeFunction").usage().cpuBoundWarning().contains("CPU-bound"));
    }

    @Test
    void functionsSharingAGlobalMemorySizeEachGetTheirFindingThere() throws IOException {
        template("""
                Globals:
                  Function:
                    Runtime: java21
                    MemorySize: 256
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A}}
                  Second: {Type: AWS::Serverless::Function, Properties: {FunctionName: second, Handler: com.acme.B}}
                """);
        usage("first.log", 60, 256, 250);
        usage("second.log", 60, 256, 252);

        List<Finding> findings = memoryFindings(LambdaLint.analyze(request()));

        assertEquals(2, findings.size(), findings::toString);
        assertEquals(List.of(4, 4), findings.stream().map(Finding::line).toList(), "the Globals line");
        assertTrue(findings.get(0).message().startsWith("First (first) runs at its memory limit"));
        assertTrue(findings.get(1).message().startsWith("Second (second) runs at its memory limit"));
    }

    @Test
    void sarifPointsAtTheTemplateLineAndTwoRunsWriteTheSameBytes() throws Exception {
        AnalysisRequest request = AnalysisRequest.of(OVER, List.of(OVER)).withUsage(new UsageInput(
                List.of(Path.of("usage")), Map.of("billing-v2", "BillingFunction"), "media", null, null));
        AnalysisResult first = LambdaLint.analyze(request.withThreads(1));
        AnalysisResult second = LambdaLint.analyze(request.withThreads(3));
        ReportWriter.writeAll(first, dir.resolve("first"), "test", "verdict", Instant.EPOCH);
        ReportWriter.writeAll(second, dir.resolve("second"), "test", "verdict", Instant.EPOCH);
        for (String file : List.of(ReportWriter.SARIF_FILE, ReportWriter.JSON_FILE)) {
            assertEquals(Files.readString(dir.resolve("first").resolve(file)),
                    Files.readString(dir.resolve("second").resolve(file)), file);
        }
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("first").resolve(ReportWriter.SARIF_FILE).toFile());
        JsonNode thumbnails = null;
        for (JsonNode r : sarif.at("/runs/0/results")) {
            if (r.at("/message/text").asText().startsWith("ThumbnailFunction")) {
                thumbnails = r;
            }
        }
        assertEquals("memory-overprovisioned", thumbnails.path("ruleId").asText());
        assertEquals("template.yaml", thumbnails.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(18, thumbnails.at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals(7, thumbnails.at("/locations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void anIgnoreCommentOnTheTemplateLineSilencesTheFindingAndCountsIt() throws IOException {
        template("""
                Resources:
                  First:
                    Type: AWS::Serverless::Function
                    Properties:
                      FunctionName: first
                      Handler: com.acme.A
                      MemorySize: 256 # lambda-lint:ignore memory-underprovisioned retried with more memory
                """);
        usage("first.log", 60, 256, 250);

        AnalysisResult result = LambdaLint.analyze(request());

        assertEquals(List.of(), memoryFindings(result));
        assertEquals(1, result.suppressed());
    }

    @Test
    void theRulesOptionsSetTheThresholds() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A, MemorySize: 1024}}
                """);
        usage("first.log", 60, 1024, 600); // 58.6%: over-provisioned at the default 80%
        assertEquals(1, memoryFindings(LambdaLint.analyze(request())).size());

        RuleSettings half = new RuleSettings(List.of(new RuleConfig("memory-overprovisioned", null, null,
                Map.of(MemoryOverprovisioned.OVERPROVISIONED_BELOW.name(), "50%"))));
        assertEquals(List.of(), memoryFindings(LambdaLint.analyze(request().withRules(half))));

        ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("memory-overprovisioned", null, null, Map.of("headroom", "0.5")))));
        assertEquals("unknown option 'headroom' of rule memory-overprovisioned; its options are overprovisionedBelow, "
                + "minInvocations, cpuBoundMedianMs, minSavingShare, minMonthlySaving", unknown.getMessage());

        ConfigurationException elsewhere = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("memory-underprovisioned", null, null, Map.of("overprovisionedBelow", "0.7")))));
        assertEquals("unknown option 'overprovisionedBelow' of rule memory-underprovisioned; its options are "
                + "underprovisionedAbove", elsewhere.getMessage(), "each rule takes only the options it declares");

        RuleSettings crossed = new RuleSettings(List.of(
                new RuleConfig("memory-overprovisioned", null, null, Map.of("overprovisionedBelow", "0.97")),
                new RuleConfig("memory-underprovisioned", null, null, Map.of("underprovisionedAbove", "96%"))));
        ConfigurationException contradiction = assertThrows(ConfigurationException.class,
                () -> LambdaLint.analyze(request().withRules(crossed)));
        assertTrue(contradiction.getMessage().startsWith("invalid memory or timeout rule options: the over-provisioned "
                + "share (0.97) must be below the under-provisioned share (0.96)"), contradiction.getMessage());
    }

    @Test
    void theSavingThresholdsAreOptionsToo() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A, MemorySize: 1024}}
                """);
        usage("first.log", 60, 1024, 760); // 960 MB would do: 6.25% less
        AnalysisResult quiet = LambdaLint.analyze(request());
        assertEquals(List.of(), memoryFindings(quiet));
        assertEquals("small-saving", figures(quiet, "First").usage().memoryStatus());
        assertEquals(960, figures(quiet, "First").usage().recommendedMb(), "the panel still shows the figures");
        assertTrue(quiet.sizing().notes().stream().anyMatch(n -> n.startsWith("First (template.yaml:")
                && n.contains("not worth a finding") && n.contains("below the 20% of the memory")), quiet.sizing().notes()
                .toString());

        RuleSettings lower = new RuleSettings(List.of(new RuleConfig("memory-overprovisioned", null, null,
                Map.of(MemoryOverprovisioned.MIN_SAVING_SHARE.name(), "5%",
                        MemoryOverprovisioned.MIN_MONTHLY_SAVING.name(), "0.10"))));
        assertEquals(1, memoryFindings(LambdaLint.analyze(request().withRules(lower))).size());

        ConfigurationException bad = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("memory-overprovisioned", null, null,
                        Map.of(MemoryOverprovisioned.MIN_MONTHLY_SAVING.name(), "a dollar")))));
        assertEquals("option minMonthlySaving of rule memory-overprovisioned must be a number of 0 or more, not "
                + "'a dollar'", bad.getMessage());

        RuleSettings all = new RuleSettings(List.of(new RuleConfig("memory-overprovisioned", null, null,
                Map.of(MemoryOverprovisioned.MIN_SAVING_SHARE.name(), "100%"))));
        ConfigurationException whole = assertThrows(ConfigurationException.class,
                () -> LambdaLint.analyze(request().withRules(all)));
        assertTrue(whole.getMessage().startsWith("invalid memory or timeout rule options: minSavingShare is a share "
                + "from 0 to below 1"), whole.getMessage());
    }

    @Test
    void theColdStartThresholdsAreTheRulesOptions() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A, Runtime: java21}}
                """);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) { // a cold start of 1.2 s every tenth invocation
            lines.add(String.format("2026-03-02T10:00:%02d.000Z REPORT RequestId: %08d-0000-4000-8000-000000000000\t"
                    + "Duration: 20.50 ms\tBilled Duration: %d ms\tMemory Size: 128 MB\tMax Memory Used: 90 MB\t%s", i,
                    i, i % 10 == 0 ? 1221 : 21, i % 10 == 0 ? "Init Duration: 1200.00 ms\t" : ""));
        }
        Files.createDirectories(dir.resolve("usage"));
        Files.write(dir.resolve("usage/first.log"), lines);
        assertEquals(1, coldStartFindings(LambdaLint.analyze(request())).size());

        RuleSettings slower = new RuleSettings(List.of(new RuleConfig("cold-start", null, null,
                Map.of(ColdStart.INIT_P95_MS.name(), "1500"))));
        assertEquals(List.of(), coldStartFindings(LambdaLint.analyze(request().withRules(slower))));
        RuleSettings rarer = new RuleSettings(List.of(new RuleConfig("cold-start", null, null,
                Map.of(ColdStart.COLD_START_SHARE.name(), "12%"))));
        assertEquals(List.of(), coldStartFindings(LambdaLint.analyze(request().withRules(rarer))));
        RuleSettings moreData = new RuleSettings(List.of(new RuleConfig("cold-start", null, null,
                Map.of(ColdStart.MIN_COLD_STARTS.name(), "7"))));
        assertEquals(List.of(), coldStartFindings(LambdaLint.analyze(request().withRules(moreData))));
        RuleSettings moreInvocations = new RuleSettings(List.of(new RuleConfig("cold-start", null, null,
                Map.of(ColdStart.MIN_INVOCATIONS.name(), "61"))));
        assertEquals(List.of(), coldStartFindings(LambdaLint.analyze(request().withRules(moreInvocations))));

        ConfigurationException unknown = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("cold-start", null, null, Map.of("initP95", "1500")))));
        assertEquals("unknown option 'initP95' of rule cold-start; its options are initP95Ms, coldStartShare, "
                + "minInvocations, minColdStarts", unknown.getMessage());
        ConfigurationException tooMuch = assertThrows(ConfigurationException.class, () -> new RuleSettings(List.of(
                new RuleConfig("cold-start", null, null, Map.of(ColdStart.COLD_START_SHARE.name(), "150%")))));
        assertEquals("option coldStartShare of rule cold-start must be a share above 0 and at most 1, written 0.8 or "
                + "80%, not '150%'", tooMuch.getMessage());
    }

    @Test
    void theUsageFilesContentIsPartOfTheCacheKey() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A, MemorySize: 1024}}
                """);
        usage("first.log", 60, 1024, 900);
        AnalysisRequest cached = request().withCache(dir.resolve("target/lambda-lint"));

        AnalysisResult cold = LambdaLint.analyze(cached);
        AnalysisResult warm = LambdaLint.analyze(cached);
        assertFalse(cold.fromCache());
        assertTrue(warm.fromCache());
        assertEquals(cold.sizing(), warm.sizing(), "the figures come back from the cache too");

        usage("first.log", 60, 1024, 1000);
        AnalysisResult changed = LambdaLint.analyze(cached);
        assertFalse(changed.fromCache());
        assertEquals(List.of("memory-underprovisioned"), memoryFindings(changed).stream().map(Finding::ruleId).toList());
    }

    @Test
    void withoutUsageNothingIsJudgedOrSaid() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A}}
                """);
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(dir, List.of(dir)));
        assertEquals(SizingSummary.NONE, result.sizing());
    }

    @Test
    void aMissingUsageFileIsAProblemLineAndTheRestIsRead() throws IOException {
        template("""
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A}}
                """);
        AnalysisResult result = LambdaLint.analyze(AnalysisRequest.of(dir, List.of(dir)).withUsage(
                new UsageInput(List.of(Path.of("missing.log")), Map.of(), null, null, null)));
        assertEquals(List.of("usage missing.log: no such file or directory"), result.sizing().problems());
        assertTrue(result.sizing().notes().contains("no recorded usage for First, so its memory and timeout are not "
                + "judged"));
    }

    @Test
    void anUnknownTemplateMemoryIsJudgedAgainstTheSizeTheRecordsRanWith() throws IOException {
        template("""
                Parameters:
                  Memory: {Type: Number}
                Resources:
                  First: {Type: AWS::Serverless::Function, Properties: {FunctionName: first, Handler: com.acme.A, MemorySize: !Ref Memory}}
                """);
        usage("first.log", 60, 2048, 300);
        AnalysisResult result = LambdaLint.analyze(request());
        List<Finding> findings = memoryFindings(result);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("judged against the 2,048 MB the records ran with"),
                findings.get(0).message());
        assertEquals("records", figures(result, "First").memorySource());
        assertTrue(result.sizing().notes().stream().anyMatch(n -> n.startsWith("First: the template's memory is not "
                + "known before deployment (parameter Memory has no default)")), result.sizing().notes().toString());
    }

    private AnalysisRequest request() {
        return AnalysisRequest.of(dir, List.of(dir)).withUsage(new UsageInput(List.of(Path.of("usage")), Map.of(),
                null, null, null));
    }

    private void template(String text) throws IOException {
        Files.writeString(dir.resolve("template.yaml"), text);
    }

    /** {@code n} (at most 60) REPORT lines of a function, one a second, the last one at the peak. */
    private void usage(String file, int n, int sizeMb, int peakMb) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(String.format("2026-03-02T10:00:%02d.000Z REPORT RequestId: %08d-0000-4000-8000-000000000000\t"
                    + "Duration: 120.50 ms\tBilled Duration: 121 ms\tMemory Size: %d MB\tMax Memory Used: %d MB\t",
                    i, i, sizeMb, i == n - 1 ? peakMb : peakMb / 2));
        }
        Files.createDirectories(dir.resolve("usage"));
        Files.write(dir.resolve("usage").resolve(file), lines);
    }

    private static List<Finding> coldStartFindings(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().equals("cold-start")).toList();
    }

    private static List<Finding> memoryFindings(AnalysisResult result) {
        return result.findings().stream().filter(f -> f.ruleId().startsWith("memory-")).toList();
    }

    private static FunctionFigures figures(AnalysisResult result, String function) {
        return result.sizing().functions().stream().filter(f -> f.function().equals(function)).findFirst()
                .orElseThrow(() -> new AssertionError("no figures for " + function));
    }
}
