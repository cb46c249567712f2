package com.acme.apache;

import java.io.IOException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** Created elsewhere with a client of the caller's choosing (the handler gives a bounded one): not in sight here. */
public class SharedCoverage {
    private final CloseableHttpClient client;

    public SharedCoverage() {
        this(HttpClients.createDefault());
    }

    public SharedCoverage(CloseableHttpClient client) {
        this.client = client;
    }

    String fetch(String url) throws IOException {
        return EntityUtils.toString(client.execute(new HttpGet(url)).getEntity());
    }
}
