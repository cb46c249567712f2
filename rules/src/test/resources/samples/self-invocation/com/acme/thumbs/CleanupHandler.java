package com.acme.thumbs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered only when objects are removed: writing to the same bucket does not invoke it again. */
public class CleanupHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        s3.putObject(r -> r.bucket(System.getenv("BUCKET")).key("tombstones/" + key), RequestBody.empty());
        return null;
    }
}
