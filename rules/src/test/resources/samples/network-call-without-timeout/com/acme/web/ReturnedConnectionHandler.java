package com.acme.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** A helper opens the connection and returns it; the per-invocation callers make the request. */
public class ReturnedConnectionHandler implements RequestHandler<String, String> {
    private HttpURLConnection last;

    @Override
    public String handleRequest(String url, Context context) {
        try {
            int head = open(url).getResponseCode();
            HttpURLConnection kept = openBare(url);
            kept.setConnectTimeout(1000);
            kept.setReadTimeout(2000);
            int bounded = kept.getResponseCode();
            int timed = openWithTimeouts(url).getResponseCode();
            last = openStored(url);
            return head + " " + bounded + " " + timed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection(); // Noncompliant {{An HttpURLConnection opened on every invocation of ReturnedConnectionHandler.handleRequest}} {{setReadTimeout}}
        connection.setRequestMethod("HEAD");
        return connection;
    }

    /** Its only caller sets both timeouts before the request. */
    private HttpURLConnection openBare(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url + "/bare").openConnection();
        return connection;
    }

    private HttpURLConnection openWithTimeouts(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url + "/timed").openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(2000);
        return connection;
    }

    /** Its caller keeps the connection in a field, where other code may set it up: not in sight. */
    private HttpURLConnection openStored(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url + "/stored").openConnection();
        return connection;
    }
}
