package com.acme.shared;

/** A value holder that happens to be called HttpClient. */
public final class HttpClient {
    public static HttpClient newHttpClient() {
        return new HttpClient();
    }
}
