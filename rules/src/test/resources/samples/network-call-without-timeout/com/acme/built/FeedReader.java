package com.acme.built;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Built by FeedHandler's constructor with HttpClient.newHttpClient(): no connectTimeout, no request timeout. */
public class FeedReader {
    private final HttpClient client;

    public FeedReader(HttpClient client) {
        this.client = client;
    }

    int read(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); // Noncompliant {{FeedHandler.handleRequest sends a request with java.net.http.HttpClient}} {{on a client built with no timeout}}
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
