package com.acme.tickets;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Requests built by long builder chains, one header per line, sent on clients kept in static fields: the making of
 * both is in sight, however many links the request's chain has (the connectTimeout of BOUNDED is seen, and named:
 * it bounds only the connection, so its request without timeout is reported too).
 */
public class TicketClient {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final HttpClient REDIRECTING = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final HttpClient BOUNDED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String baseUrl;
    private final String auth;

    public TicketClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.auth = "Bearer " + token;
    }

    public String findOpen(String machine) throws Exception {
        String url = baseUrl + "search";
        String json = """
            {"machine": "%s", "maxResults": 1}
            """.formatted(machine);
        HttpRequest request = HttpRequest.newBuilder()
                .uri(new URI(url))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString()); // Noncompliant {{TicketHandler.handleRequest sends a request with java.net.http.HttpClient}} {{on a client built with no timeout}}
        return response.statusCode() == 200 ? response.body() : null;
    }

    public void open(String machine) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new URI(baseUrl + "issue"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .version(HttpClient.Version.HTTP_2)
                .POST(HttpRequest.BodyPublishers.ofString(machine))
                .build();
        REDIRECTING.send(request, HttpResponse.BodyHandlers.discarding()); // Noncompliant {{on a client built with no timeout, and the request sets none}}
    }

    public void openBounded(String machine) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new URI(baseUrl + "issue"))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .version(HttpClient.Version.HTTP_2)
                .POST(HttpRequest.BodyPublishers.ofString(machine))
                .build();
        BOUNDED.send(request, HttpResponse.BodyHandlers.discarding()); // Noncompliant {{on a client built with connectTimeout, which bounds only the connection: the request has no timeout(..)}}
    }

    public void close(String issue) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(new URI(baseUrl + "issue/" + issue + "/close"))
                .timeout(Duration.ofSeconds(5))
                .header("Authorization", auth)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
