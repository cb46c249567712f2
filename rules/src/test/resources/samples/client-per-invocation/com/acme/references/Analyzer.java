package com.acme.references;

import software.amazon.awssdk.services.s3.S3Client;

public class Analyzer {
    public void analyze(String event) {
        try (S3Client s3 = S3Client.create()) { // Noncompliant {{via ReferenceHandler.handleRequest -> Analyzer.analyze}}
            s3.toString();
        }
    }
}
