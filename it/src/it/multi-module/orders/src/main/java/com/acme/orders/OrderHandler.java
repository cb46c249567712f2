package com.acme.orders;

import com.acme.shared.Clients;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

public class OrderHandler implements RequestHandler<Map<String, String>, String> {

    @Override
    public String handleRequest(Map<String, String> order, Context context) {
        S3Client s3 = S3Client.create();
        return "saved " + Clients.dynamo() + s3;
    }
}
