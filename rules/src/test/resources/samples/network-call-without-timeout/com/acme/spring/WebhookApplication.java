package com.acme.spring;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The clients Spring injects by type: one with no connect timeout, one with. */
@SpringBootApplication
public class WebhookApplication {
    @Bean
    public HttpClient httpClient() {
        return HttpClient.newHttpClient();
    }

    @Bean
    public BoundedClient boundedClient() {
        return new BoundedClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    }

    /** A holder of a client configured with a connect timeout, injected by its own type. */
    public record BoundedClient(HttpClient client) {
    }
}
