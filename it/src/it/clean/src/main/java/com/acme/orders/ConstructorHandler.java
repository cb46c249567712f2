package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The client is built in the constructor, which Lambda runs once per execution environment. */
public class ConstructorHandler implements RequestHandler<Map<String, String>, String> {

    private final S3Client s3;

    public ConstructorHandler() {
        this.s3 = S3Client.builder().region(Region.EU_WEST_1).build();
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return s3.headObject(b -> b.bucket("invoices").key(event.get("key"))).eTag();
    }
}
