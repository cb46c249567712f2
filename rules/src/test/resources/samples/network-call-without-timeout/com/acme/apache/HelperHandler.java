package com.acme.apache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.util.List;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;

/** The client and the request reach the call as parameters of project helpers: made by what the callers pass. */
public class HelperHandler implements RequestHandler<String, String> {
    private static final RequestConfig TIMEOUTS = RequestConfig.custom()
            .setConnectTimeout(2000).setConnectionRequestTimeout(1000).setSocketTimeout(5000).build();
    private static final CloseableHttpClient PLAIN = HttpClients.createDefault();
    private static final CloseableHttpClient BOUNDED = HttpClients.custom().setDefaultRequestConfig(TIMEOUTS).build();

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpGet timed = new HttpGet(url + "/timed");
            timed.setConfig(TIMEOUTS);
            return post(new HttpPost(url), PLAIN) + fetch(url, BOUNDED) + withJwt(url) + sendTimed(PLAIN, timed);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String post(HttpPost request, CloseableHttpClient client) throws IOException {
        return EntityUtils.toString(client.execute(request).getEntity()); // Noncompliant {{Apache HttpClient 4}}
    }

    /** Only ever given the client with a default request config. */
    String fetch(String url, CloseableHttpClient client) throws IOException {
        return EntityUtils.toString(client.execute(new HttpGet(url)).getEntity());
    }

    private String withJwt(String url) throws IOException {
        try (CloseableHttpClient client = jwtClient()) {
            return send(client, new HttpGet(url));
        }
    }

    private CloseableHttpClient jwtClient() {
        HttpClientBuilder builder = HttpClientBuilder.create();
        builder.setDefaultHeaders(List.of());
        return builder.build();
    }

    private String send(CloseableHttpClient client, HttpGet get) throws IOException {
        return EntityUtils.toString(client.execute(get).getEntity()); // Noncompliant {{Apache HttpClient 4}}
    }

    /** Only ever given a request that carries its own RequestConfig. */
    private String sendTimed(CloseableHttpClient client, HttpGet get) throws IOException {
        return EntityUtils.toString(client.execute(get).getEntity());
    }
}
