package com.acme.web;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;

/** A helper the handler calls per invocation. */
final class Downloads {
    private Downloads() {
    }

    static String fetch(String url) throws IOException {
        URLConnection connection = new URL(url).openConnection(); // Noncompliant {{via FetchHandler.handleRequest -> Downloads.fetch}}
        String type = connection.getContentType();
        HttpURLConnection configured = (HttpURLConnection) new URL(url + "/ok").openConnection();
        configure(configured);
        return type + configured.getResponseCode();
    }

    private static void configure(HttpURLConnection connection) {
        connection.setConnectTimeout(2000);
        connection.setReadTimeout(5000);
    }
}
