package dev.lambdalint.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Lambda's on-demand prices: per GB-second of billed duration for each architecture, and per million requests.
 * The defaults are data ({@code lambda-pricing.json}, with its source and date), not code; other regions or
 * negotiated prices come in through the constructor.
 */
public record LambdaPricing(String region, String currency, double x86PerGbSecond, double arm64PerGbSecond,
                            double perMillionRequests, String source, String asOf) {

    private static final String RESOURCE = "/dev/lambdalint/lambda-pricing.json";

    /** The prices shipped with the plugin. */
    public static LambdaPricing defaults() {
        try (InputStream in = LambdaPricing.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            JsonNode json = new ObjectMapper().readTree(in);
            return new LambdaPricing(json.path("region").asText(), json.path("currency").asText(),
                    json.path("pricePerGbSecond").path("x86_64").asDouble(),
                    json.path("pricePerGbSecond").path("arm64").asDouble(),
                    json.path("pricePerMillionRequests").asDouble(), json.path("source").asText(),
                    json.path("asOf").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public double perGbSecond(Architecture architecture) {
        return architecture == Architecture.ARM64 ? arm64PerGbSecond : x86PerGbSecond;
    }

    public double perRequest() {
        return perMillionRequests / 1_000_000;
    }

    /** The cost of billed milliseconds at a memory size, plus the requests. */
    public double cost(double billedMs, int memoryMb, double requests, Architecture architecture) {
        return billedMs / 1000 * memoryMb / 1024 * perGbSecond(architecture) + requests * perRequest();
    }
}
