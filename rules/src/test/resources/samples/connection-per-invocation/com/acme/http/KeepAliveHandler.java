package com.acme.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.apache.http.HttpHeaders;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.NoConnectionReuseStrategy;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.protocol.HTTP;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/** Keep-alive turned off at initialisation or per invocation: every request opens a new connection. */
public class KeepAliveHandler implements RequestHandler<String, String> {
    private static final CloseableHttpClient NO_REUSE = HttpClients.custom()
            .setConnectionReuseStrategy(NoConnectionReuseStrategy.INSTANCE) // Noncompliant {{never reuses a connection}}
            .build();
    private static final SdkHttpClient SDK_HTTP = ApacheHttpClient.builder()
            .tcpKeepAlive(false)
            .connectionMaxIdleTime(Duration.ZERO)
            .build();
    private static final OkHttpClient OK = new OkHttpClient();
    private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient never;

    static {
        System.setProperty("http.keepAlive", "false"); // Noncompliant {{System.setProperty("http.keepAlive", "false")}} {{via KeepAliveHandler.<clinit>}}
        System.setProperty("http.keepAlive", "true");
        System.setProperty("http.maxConnections", "false");
    }

    public KeepAliveHandler() {
        never = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                .setConnectionReuseStrategy((request, response, context) -> false) // Noncompliant {{always answers false}}
                .build();
    }

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setRequestProperty("Connection", "close"); // Noncompliant {{"Connection: close" request header}}
            connection.setRequestProperty("Accept", "application/json");
            Request request = new Request.Builder().url(url)
                    .header("connection", "Close") // Noncompliant
                    .header("Connection", "keep-alive")
                    .build();
            HttpGet get = new HttpGet(url);
            get.setHeader(HttpHeaders.CONNECTION, HTTP.CONN_CLOSE); // Noncompliant {{via KeepAliveHandler.handleRequest}}
            // lambda-lint:ignore connection-per-invocation the partner's proxy mishandles kept-alive connections
            get.addHeader("Connection", "close");
            return OK.newCall(request).execute().code() + NO_REUSE.execute(get).toString() + SDK_HTTP + never
                    + HttpSupport.client() + connection.getResponseCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
