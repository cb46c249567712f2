package com.acme.legacy;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/** No template names it: only overwriting the object that triggered it is surely a loop. */
public class LegacyCopyHandler implements RequestHandler<S3Event, String> {
    private static final AmazonS3 S3 = AmazonS3ClientBuilder.defaultClient();

    @Override
    public String handleRequest(S3Event event, Context context) {
        var object = event.getRecords().get(0).getS3();
        String bucket = event.getRecords().get(0).getS3().getBucket().getName();
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(bucket, key, "normalized"); // Noncompliant {{LegacyCopyHandler.handleRequest -> s3:PutObject the bucket of its S3 event}} {{overwrites the object that triggered it}}
        S3.putObject(bucket, "processed/" + key, "normalized"); // the trigger's filter is unknown: it may exclude processed/
        S3.copyObject(bucket, key, "archive-bucket", key); // another bucket
        return object.getObject().getKey();
    }
}
