package com.example.orders.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * Asks the pricing service for a quote. The mistake: a new {@link HttpClient} (its own thread pool and
 * connections) on every call.
 */
public class PriceQuoteHandler implements RequestHandler<Map<String, String>, String> {

    private static final URI PRICING = URI.create(
            System.getenv().getOrDefault("PRICING_URL", "https://pricing.example.com/quote"));

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest request = HttpRequest.newBuilder(PRICING.resolve("?sku=" + event.get("sku")))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
