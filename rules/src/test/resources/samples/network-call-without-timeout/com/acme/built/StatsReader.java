package com.acme.built;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Made only by GraphModule.stats, whose client sets connectTimeout (the message names it: the provider's local is
 * traced, not GraphModule.graph's), which bounds only the connection. Used by StatsHandler.
 */
public class StatsReader implements StatsSource {
    private final HttpClient client;

    public StatsReader(HttpClient client) {
        this.client = client;
    }

    @Override
    public int count(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(); // Noncompliant {{StatsHandler.handleRequest sends a request}} {{on a client built with connectTimeout, which bounds only the connection}}
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
