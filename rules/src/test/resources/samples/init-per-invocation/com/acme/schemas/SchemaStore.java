package com.acme.schemas;

import java.io.InputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;

/** The project's own resource lookup: schemas kept in a bucket, which may change between calls. */
public class SchemaStore {
    private final S3Client s3;

    public SchemaStore(S3Client s3) {
        this.s3 = s3;
    }

    public InputStream getResourceAsStream(String key) {
        return s3.getObject(GetObjectRequest.builder().bucket("schemas").key(key).build());
    }
}
