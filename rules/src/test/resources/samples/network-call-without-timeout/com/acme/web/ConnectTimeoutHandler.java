package com.acme.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One static client built with connectTimeout, which bounds only the connection (HttpClient.Builder.connectTimeout);
 * the wait for the response is bounded only by the request's timeout (HttpRequest.Builder.timeout), wherever the
 * request is made: in the handler, in a static field, in a helper.
 */
public class ConnectTimeoutHandler implements RequestHandler<String, String> {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final HttpRequest HEALTH = HttpRequest.newBuilder(URI.create("https://status.example.com/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    private static final HttpRequest PING = HttpRequest.newBuilder(URI.create("https://status.example.com/ping")).build();

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpRequest plain = HttpRequest.newBuilder(URI.create(url)).GET().build();
            String sent = CLIENT.send(plain, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{ConnectTimeoutHandler.handleRequest sends a request with java.net.http.HttpClient (CLIENT.send(plain, HttpResponse.BodyHandlers.ofString())) on a client built with connectTimeout, which bounds only the connection: the request has no timeout(..), so a server that accepts the connection and never answers holds the invocation until the function's own timeout kills it}}
            HttpRequest timed = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
            String bounded = CLIENT.send(timed, HttpResponse.BodyHandlers.ofString()).body();
            String health = CLIENT.send(HEALTH, HttpResponse.BodyHandlers.ofString()).body();
            String ping = CLIENT.send(PING, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{built with connectTimeout, which bounds only the connection}}
            String helped = CLIENT.send(request(url), HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{built with connectTimeout, which bounds only the connection}}
            String timedHelp = CLIENT.send(timedRequest(url), HttpResponse.BodyHandlers.ofString()).body();
            return sent + bounded + health + ping + helped + timedHelp + async(url, plain, timed);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** sendAsync is judged where the same expression awaits the response; a future that leaves it is not followed. */
    private static String async(String url, HttpRequest plain, HttpRequest timed) throws Exception {
        String joined = CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.ofString()).thenApply(HttpResponse::body).join(); // Noncompliant {{sends a request with java.net.http.HttpClient (CLIENT.sendAsync(plain, }} {{, awaited with join()) on a client built with connectTimeout}}
        String got = CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.ofString()).get().body(); // Noncompliant {{, awaited with get()) on a client built with connectTimeout}}
        String timedJoin = CLIENT.sendAsync(timed, HttpResponse.BodyHandlers.ofString()).join().body();
        String boundedGet = CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.ofString()).get(5, TimeUnit.SECONDS).body();
        String orTimeout = CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.ofString())
                .orTimeout(5, TimeUnit.SECONDS).thenApply(HttpResponse::body).join();
        CompletableFuture<HttpResponse<String>> kept = CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.ofString());
        CLIENT.sendAsync(plain, HttpResponse.BodyHandlers.discarding());
        return joined + got + timedJoin + boundedGet + orTimeout + kept.get(5, TimeUnit.SECONDS).body() + url;
    }

    private static HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build();
    }

    private static HttpRequest timedRequest(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5)).build();
    }
}
