package com.acme.lazy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.s3.S3Client;

/** Uses the lazily built dependency graph and the service locator: quiet. */
public class GraphHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String order, Context context) {
        return AppGraph.get().orders().place(order) + AppGraph.Locator.get(S3Client.class);
    }
}
