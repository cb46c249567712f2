package com.acme.http;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/** Its class initialisation runs when a handler first calls it; its lazy guard runs once: both still count. */
public final class HttpSupport {
    private static final OkHttpClient NO_IDLE = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS)) // Noncompliant {{keeps no idle connection}} {{HttpSupport.<clinit>}}
            .build();
    private static final OkHttpClient POOLED = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(5, 5, TimeUnit.MINUTES))
            .build();
    private static OkHttpClient lazy;

    private HttpSupport() {
    }

    public static OkHttpClient client() {
        if (lazy == null) {
            lazy = new OkHttpClient.Builder().connectionPool(new ConnectionPool(0, 5, TimeUnit.MINUTES)).build(); // Noncompliant
        }
        return NO_IDLE.toString().isEmpty() ? POOLED : lazy;
    }
}
