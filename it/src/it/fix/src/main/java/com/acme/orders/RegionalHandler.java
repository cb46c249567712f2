package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Its client depends on the event's region: no automatic fix, and this file stays as it is. */
public class RegionalHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        try (S3Client s3 = S3Client.builder().region(Region.of(event.get("region")))
                .credentialsProvider(Endpoints.CREDENTIALS).build()) {
            return s3.serviceName();
        }
    }
}
