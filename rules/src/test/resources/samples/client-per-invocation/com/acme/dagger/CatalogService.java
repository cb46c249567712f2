package com.acme.dagger;

import software.amazon.awssdk.services.s3.S3Client;

public class CatalogService {
    private final S3Client s3;

    public CatalogService(S3Client s3) {
        this.s3 = s3;
    }

    public String find(String id) {
        return s3.toString() + id;
    }
}
