package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URL;

/** JAVA_TOOL_OPTIONS sets the read timeout and FetchHandler's System.setProperty the connect one. Quiet. */
public class ToolOptionsHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String url, Context context) {
        try (InputStream in = new URL(url).openStream()) {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            return connection.getResponseCode() + "" + in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
