package com.acme.web;

import software.amazon.awssdk.services.s3.S3Client;

/** Annotations named like Spring's, but the project's own: no request-mapped method. */
@RestController
public class LookAlikeController {
    @GetMapping("/look")
    public String look() {
        return S3Client.create().toString();
    }
}
