package com.acme.clients;

import software.amazon.awssdk.services.s3.S3Client;

/** A decorator implementing a catalog client type. */
public class AuditingS3Client implements S3Client {
    @Override
    public String serviceName() {
        return "s3";
    }

    @Override
    public void close() {
    }
}
