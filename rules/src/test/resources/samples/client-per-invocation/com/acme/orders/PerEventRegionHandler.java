package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A client that depends on the event: still a finding, with a bounded-cache suggestion. */
public class PerEventRegionHandler implements RequestHandler<Map<String, String>, String> {
    private static final Map<String, S3Client> BY_REGION = new ConcurrentHashMap<>();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String region = event.get("region");
        S3Client s3 = S3Client.builder().region(Region.of(region)).build(); // Noncompliant {{per-invocation data (region)}}
        S3Client cached = BY_REGION.computeIfAbsent(region, r -> S3Client.builder().region(Region.of(r)).build());
        return s3.toString() + cached;
    }
}
