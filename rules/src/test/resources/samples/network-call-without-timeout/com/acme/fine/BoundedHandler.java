package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.apache.http.impl.client.CloseableHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Bounded calls, libraries with default timeouts, and calls whose setup is not in sight: all quiet, except the
 * java.net.http client the no-argument constructor (the one Lambda calls) hands to the two-argument one.
 */
public class BoundedHandler implements RequestHandler<String, String> {
    private static final OkHttpClient OK_HTTP = new OkHttpClient();
    private static final S3Client S3 = S3Client.create();
    private static final String WARM;
    private final CloseableHttpClient injected;
    private final HttpClient javaClient;

    static {
        try (InputStream in = new URL("https://example.com/warm").openStream()) {
            WARM = new String(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public BoundedHandler() {
        this(null, HttpClient.newHttpClient());
    }

    BoundedHandler(CloseableHttpClient injected, HttpClient javaClient) {
        this.injected = injected;
        this.javaClient = javaClient;
    }

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpURLConnection bounded = (HttpURLConnection) new URL(url).openConnection();
            bounded.setConnectTimeout(2000);
            bounded.setReadTimeout(5000);
            HttpURLConnection elsewhere = open(url);
            String ok = OK_HTTP.newCall(new Request.Builder().url(url).build()).execute().body().string();
            String s3 = S3.getObjectAsBytes(r -> r.bucket("b").key(url)).asUtf8String();
            String fromInjected = injected.execute(new org.apache.http.client.methods.HttpGet(url)).toString();
            String fromParameter = send(javaClient, url);
            URL defaults = BoundedHandler.class.getResource("/defaults.json");
            try (InputStream resource = defaults.openStream();
                 InputStream file = new java.io.File("/var/task/config.json").toURI().toURL().openStream();
                 InputStream jar = new URL("jar:file:/var/task/lib.jar!/x.json").openStream()) {
                fromParameter += resource.read() + file.read() + jar.read();
            }
            return WARM + bounded.getResponseCode() + elsewhere.getResponseCode() + ok + s3 + fromInjected
                    + fromParameter;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returned to the caller, who may bound it: not judged here. */
    private static HttpURLConnection open(String url) throws IOException {
        return (HttpURLConnection) new URL(url).openConnection();
    }

    private static String send(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()) // Noncompliant {{java.net.http.HttpClient}}
                    .body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        new URL(args[0]).openStream().close();
    }
}
