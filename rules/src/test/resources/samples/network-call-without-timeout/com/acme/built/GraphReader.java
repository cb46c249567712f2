package com.acme.built;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Made only by GraphModule.graph, whose client sets no connectTimeout; the request sets no timeout either. */
public class GraphReader implements GraphSource {
    private final HttpClient client;
    private final URI endpoint;

    public GraphReader(HttpClient client, String endpoint) {
        this.client = client;
        this.endpoint = URI.create(endpoint);
    }

    @Override
    public int query(String body) {
        try {
            var request = HttpRequest.newBuilder().uri(endpoint).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); // Noncompliant {{FeedHandler.handleRequest sends a request}} {{on a client built with no timeout}}
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
