package com.acme.dagger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.inject.Inject;
import javax.inject.Singleton;

/** Dagger passes the client its module provides: HttpClient.newHttpClient(), no connectTimeout. */
@Singleton
public class CallbackSender {
    private final HttpClient client;

    @Inject
    public CallbackSender(HttpClient client) {
        this.client = client;
    }

    int post(String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); // Noncompliant {{CallbackHandler.handleRequest sends a request with java.net.http.HttpClient}} {{on a client built with no timeout}}
    }

    int postTimed(String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
