package com.acme.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Run by both MirrorStack instances: each copies its source bucket into its target, another bucket. */
public class MirrorHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("TARGET_BUCKET")).key(key), RequestBody.empty());
        return null;
    }
}
