package com.acme.dagger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.inject.Inject;
import javax.inject.Named;

public class ReceiptSender {
    private final HttpClient client;

    @Inject
    public ReceiptSender(@Named("receipts") HttpClient client) {
        this.client = client;
    }

    int send(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(); // Noncompliant {{ReceiptHandler.handleRequest sends a request}} {{on a client built with no timeout}}
    }
}
