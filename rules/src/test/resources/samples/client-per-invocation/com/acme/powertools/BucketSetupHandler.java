package com.acme.powertools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.lambda.powertools.cloudformation.AbstractCustomResourceHandler;
import software.amazon.lambda.powertools.cloudformation.Response;

/**
 * Powertools' base class implements handleRequest and calls create, update or delete on every invocation: the
 * handler's own code is those three methods, though it declares no handleRequest.
 */
public class BucketSetupHandler extends AbstractCustomResourceHandler {
    private static final S3Client SHARED = S3Client.create();

    @Override
    protected Response create(CloudFormationCustomResourceEvent event, Context context) {
        S3Client s3 = S3Client.create(); // Noncompliant {{of BucketSetupHandler.create}}
        s3.createBucket(b -> b.bucket("setup"));
        return Response.success(null);
    }

    @Override
    protected Response update(CloudFormationCustomResourceEvent event, Context context) {
        SHARED.listBuckets();
        return Response.success(null);
    }

    @Override
    protected Response delete(CloudFormationCustomResourceEvent event, Context context) {
        return Response.success(null);
    }
}
