package com.acme.apache;

import java.io.IOException;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** The same chaining, with a client that has a default request config. */
public class BoundedCoverage {
    private final CloseableHttpClient client;

    public BoundedCoverage() {
        this(HttpClients.custom().setDefaultRequestConfig(CoverageHandler.TIMEOUTS).build());
    }

    BoundedCoverage(CloseableHttpClient client) {
        this.client = client;
    }

    String fetch(String url) throws IOException {
        return EntityUtils.toString(client.execute(new HttpGet(url)).getEntity());
    }
}
