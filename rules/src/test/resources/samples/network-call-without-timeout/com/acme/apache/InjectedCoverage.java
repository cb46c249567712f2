package com.acme.apache;

import java.io.IOException;
import javax.inject.Inject;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** The framework calls the injected constructor with a client it provides: not in sight. */
public class InjectedCoverage {
    private final CloseableHttpClient client;

    public InjectedCoverage() {
        this(HttpClients.createDefault());
    }

    @Inject
    public InjectedCoverage(CloseableHttpClient client) {
        this.client = client;
    }

    String fetch(String url) throws IOException {
        return EntityUtils.toString(client.execute(new HttpGet(url)).getEntity());
    }
}
