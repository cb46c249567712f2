package com.acme.spring;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Injected through its constructor with the bean that carries a connect timeout; the request has its own. */
@Service
public class BoundedSender {
    private final WebhookApplication.BoundedClient bounded;

    @Autowired
    public BoundedSender(WebhookApplication.BoundedClient bounded) {
        this.bounded = bounded;
    }

    String register(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://hooks.example.com/" + id))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return bounded.client().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
