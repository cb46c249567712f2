package com.acme.vendor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.vendor.transport.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;

/**
 * A java.net.http client handed over by a vendor library, out of sight: only the request can bound its wait, so the
 * requests decide.
 */
public class QuoteFetcher implements RequestHandler<String, String> {
    private final HttpClient http = Transport.sharedClient();

    @Override
    public String handleRequest(String sku, Context context) {
        HttpRequest open = HttpRequest.newBuilder(URI.create("https://quotes.example.com/" + sku)).GET().build();
        HttpRequest bounded = HttpRequest.newBuilder(URI.create("https://quotes.example.com/" + sku))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            String unbounded = http.send(open, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{QuoteFetcher.handleRequest sends a request with java.net.http.HttpClient (http.send(open, HttpResponse.BodyHandlers.ofString())) whose request has no timeout(..)}}
            String timed = http.send(bounded, HttpResponse.BodyHandlers.ofString()).body();
            HttpRequest.Builder configured = HttpRequest.newBuilder(URI.create("https://quotes.example.com/stock"));
            configured.timeout(Duration.ofSeconds(2));
            String stock = http.send(configured.build(), HttpResponse.BodyHandlers.ofString()).body();
            String later = http.sendAsync(open, HttpResponse.BodyHandlers.ofString()).join().body(); // Noncompliant {{whose request has no timeout(..)}}
            timed = timed + stock + later;
            return unbounded + timed + viaVendor(http).apply(sku);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request made out of sight (a vendor's factory): it may carry a timeout. */
    static Function<String, String> viaVendor(HttpClient client) {
        return sku -> {
            try {
                return client.send(Transport.request(sku), HttpResponse.BodyHandlers.ofString()).body();
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
