package com.acme.pools;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A helper object whose field starts a pool: every new uploader starts one. */
public class BatchUploader {
    private final ExecutorService uploads = Executors.newFixedThreadPool(4); // Noncompliant {{UploadHandler.handleRequest}}

    public int upload(List<String> keys) {
        keys.forEach(key -> uploads.submit(key::trim));
        return keys.size();
    }
}
