package com.acme.caching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Client caches built per invocation (findings) and kept for the execution environment (quiet). */
public class ClientCacheHandler implements RequestHandler<Map<String, String>, String> {
    private static final RegionalClients KEPT = new RegionalClients();
    private static final Map<String, S3Client> BY_REGION = new ConcurrentHashMap<>();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String region = event.get("region");
        S3Client fromObject = new RegionalClients().in(region); // Noncompliant {{S3Client (AWS SDK v2 service client) is built on every invocation}} {{cached in a RegionalClients}} {{RegionalClients.java:13}}
        Map<String, S3Client> local = new ConcurrentHashMap<>(); // Noncompliant {{cached in a ConcurrentHashMap}}
        S3Client fromMap = local.computeIfAbsent(region, r -> S3Client.builder().region(Region.of(r)).build());
        S3Client kept = KEPT.in(region);
        S3Client shared = BY_REGION.computeIfAbsent(region, r -> S3Client.builder().region(Region.of(r)).build());
        return fromObject.toString() + fromMap + kept + shared;
    }
}
