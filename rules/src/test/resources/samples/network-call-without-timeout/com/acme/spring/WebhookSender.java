package com.acme.spring;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** The field is injected with the bean method's HttpClient.newHttpClient(): no timeout on either side. */
@Service
public class WebhookSender {
    @Autowired
    private HttpClient httpClient;

    String register(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://hooks.example.com/" + id)).GET().build();
        return httpClient.send(request, HttpResponse.BodyHandlers.ofString()).body(); // Noncompliant {{on a client built with no timeout}}
    }
}
