package com.acme.apache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;

/** Collaborators whose client field is set from a constructor parameter, the object built once. */
public class CoverageHandler implements RequestHandler<String, String> {
    static final RequestConfig TIMEOUTS = RequestConfig.custom()
            .setConnectTimeout(2000).setConnectionRequestTimeout(1000).setSocketTimeout(5000).build();
    private static final CloseableHttpClient BOUNDED = HttpClients.custom().setDefaultRequestConfig(TIMEOUTS).build();

    private final Coverage coverage = new Coverage();
    private final BoundedCoverage bounded = new BoundedCoverage();
    private final SharedCoverage shared = new SharedCoverage(BOUNDED);
    private final InjectedCoverage injected;

    public CoverageHandler() {
        this.injected = Graph.injectedCoverage();
    }

    @Override
    public String handleRequest(String url, Context context) {
        try {
            return coverage.fetch(url) + bounded.fetch(url) + shared.fetch(url) + injected.fetch(url);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
