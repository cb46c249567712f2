package com.acme.dagger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The qualifier picks the module's other client, built with connectTimeout (the message names it, not the unqualified
 * client's making), which bounds only the connection: the request without timeout still waits with no bound.
 */
public class StatusNotifier {
    private final HttpClient client;

    @Inject
    public StatusNotifier(@Named("bounded") HttpClient client) {
        this.client = client;
    }

    int notify(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode(); // Noncompliant {{CallbackHandler.handleRequest sends a request}} {{on a client built with connectTimeout, which bounds only the connection}}
    }
}
