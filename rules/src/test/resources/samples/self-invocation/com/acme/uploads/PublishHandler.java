package com.acme.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered by the storage stack's incoming bucket; writes to its published bucket, another one: no loop. */
public class PublishHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("PUBLISHED_BUCKET")).key(key), RequestBody.empty());
        return null;
    }
}
