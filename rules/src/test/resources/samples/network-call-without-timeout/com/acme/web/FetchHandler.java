package com.acme.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** HttpURLConnection and URL.openStream: the JDK's defaults wait forever. */
public class FetchHandler implements RequestHandler<String, String> {

    static {
        // the connect timeout for every HttpURLConnection of the function: only read timeouts remain missing
        System.setProperty("sun.net.client.defaultConnectTimeout", "2000");
    }

    @Override
    public String handleRequest(String url, Context context) {
        try {
            HttpURLConnection plain = (HttpURLConnection) new URL(url).openConnection(); // Noncompliant {{An HttpURLConnection opened on every invocation of FetchHandler.handleRequest}} {{gets no setReadTimeout, and its default is to wait forever}}
            int status = plain.getResponseCode();
            HttpURLConnection halfway = (HttpURLConnection) new URL(url + "/b").openConnection(); // Noncompliant {{gets no setReadTimeout}}
            halfway.setConnectTimeout(1000);
            try (InputStream chained = new URL(url + "/c").openConnection().getInputStream(); // Noncompliant {{setReadTimeout}}
                 InputStream stream = new URL(url + "/d").openStream()) { // Noncompliant {{URL.openStream() on every invocation of FetchHandler.handleRequest connects and reads with no timeout}}
                return status + halfway.getResponseMessage() + chained.read() + stream.read() + Downloads.fetch(url);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
