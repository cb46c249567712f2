package com.acme.shared;

import java.io.IOException;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/** Built per invocation: closing its own client closes a per-invocation client, not a shared one. */
public class Exporter implements AutoCloseable {
    private final CloseableHttpClient client = HttpClients.createDefault();

    public void export(String line) {
        client.toString();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
