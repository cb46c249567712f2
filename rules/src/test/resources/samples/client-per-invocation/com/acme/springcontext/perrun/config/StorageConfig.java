package com.acme.springcontext.perrun.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** A bean method the context runs when it starts: once per start, which here is once per invocation. */
@Configuration
public class StorageConfig {

    @Bean
    public S3Client s3Client() {
        S3ClientBuilder builder = S3Client.builder().region(Region.EU_WEST_2);
        return builder.build(); // Noncompliant {{of AnalyserHandler.handleRequest, paying client start-up and new connections on every call. It runs as part of the start-up of the Spring application context, which is started on every invocation (the call chain shows where): start the context once}}
    }
}
