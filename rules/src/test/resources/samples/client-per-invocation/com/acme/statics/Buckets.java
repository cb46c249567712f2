package com.acme.statics;

import software.amazon.awssdk.services.s3.S3Client;

/** Constants and helpers other classes import statically, on demand. */
public final class Buckets {
    public static final String ARCHIVE = "archive";

    private Buckets() {
    }

    /** Builds a client on every call; the handler declares its own report(), which shadows this one. */
    public static String report(String key) {
        return S3Client.create().utilities().getUrl(b -> b.bucket(ARCHIVE).key(key)).toString();
    }
}
