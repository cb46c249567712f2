package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The client is built on the first invocation and kept in a field: a lazy init guarded by a null check. */
public class LazyHandler implements RequestHandler<Map<String, String>, Integer> {

    private static HttpClient http;

    @Override
    public Integer handleRequest(Map<String, String> event, Context context) {
        try {
            HttpResponse<String> response = client().send(
                    HttpRequest.newBuilder(URI.create(event.get("url"))).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient client() {
        if (http == null) {
            http = HttpClient.newHttpClient();
        }
        return http;
    }
}
