package com.acme.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * java.net.http: a request without timeout waits forever for the response, on a client without connectTimeout as on
 * one with it (connectTimeout bounds only the connection).
 */
public class JavaClientHandler implements RequestHandler<String, String> {
    private static final HttpClient DEFAULT = HttpClient.newHttpClient();
    private static final HttpClient BUILT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final HttpClient BOUNDED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            String first = DEFAULT.send(request, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{JavaClientHandler.handleRequest sends a request with java.net.http.HttpClient}} {{on a client built with no timeout}} {{Give each request a timeout(..)}}
            String second = BUILT.send(HttpRequest.newBuilder().uri(URI.create(url)).build(), // Noncompliant {{on a client built with no timeout, and the request sets none}}
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpRequest timed = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
            String third = DEFAULT.send(timed, HttpResponse.BodyHandlers.ofString()).body();
            String fourth = BOUNDED.send(request, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{on a client built with connectTimeout, which bounds only the connection: the request has no timeout(..)}}
            String fifth = BOUNDED.send(timed, HttpResponse.BodyHandlers.ofString()).body();
            return first + second + third + fourth + fifth;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
