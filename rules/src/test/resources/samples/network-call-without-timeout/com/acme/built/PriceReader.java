package com.acme.built;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Built by FeedHandler's constructor with a client whose builder sets connectTimeout: the constructor's argument is
 * traced to it (the message names it), but it bounds only the connection and the request has no timeout.
 */
public class PriceReader {
    private final HttpClient client;

    public PriceReader(HttpClient client) {
        this.client = client;
    }

    int read(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); // Noncompliant {{FeedHandler.handleRequest sends a request}} {{on a client built with connectTimeout, which bounds only the connection}}
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
