package com.acme.apache;

import java.io.IOException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** Apache HttpClient 5, built per call in a helper (which client-per-invocation also reports). */
final class FiveClient {
    private FiveClient() {
    }

    static String post(String url) throws IOException {
        try (CloseableHttpClient client = HttpClients.custom().build()) {
            return client.execute(new HttpPost(url), response -> EntityUtils.toString(response.getEntity())); // Noncompliant {{Apache HttpClient 5}}
        }
    }
}
