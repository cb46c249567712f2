package com.acme.spring;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** Injected with a type no bean method of the project makes: a library or the framework configures it. */
@Service
public class LibrarySender {
    @Autowired
    private org.springframework.web.reactive.function.client.WebClient.Builder builder;
    @Autowired
    private java.net.http.HttpClient.Builder clientBuilder;

    String register(String id) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://hooks.example.com/" + id)).GET().build();
        return clientBuilder.build().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
