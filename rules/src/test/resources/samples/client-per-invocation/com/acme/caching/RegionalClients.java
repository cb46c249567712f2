package com.acme.caching;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** One client per region, built on first use of the region. */
public class RegionalClients {
    private final Map<String, S3Client> byRegion = new HashMap<>();

    public S3Client in(String region) {
        return byRegion.computeIfAbsent(region, r -> S3Client.builder().region(Region.of(r)).build());
    }
}
