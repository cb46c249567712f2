package com.acme.apache;

import java.io.IOException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** The no-argument constructor hands a default client to the one tests use. */
public class Coverage {
    private final CloseableHttpClient client;

    public Coverage() {
        this(HttpClients.createDefault());
    }

    Coverage(CloseableHttpClient client) {
        this.client = client;
    }

    String fetch(String url) throws IOException {
        return EntityUtils.toString(client.execute(new HttpGet(url)).getEntity()); // Noncompliant {{Apache HttpClient 4}}
    }
}
