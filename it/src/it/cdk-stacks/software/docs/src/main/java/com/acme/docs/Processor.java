package com.acme.docs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered by uploads/ of the storage stack's bucket, and writes its copy back under uploads/: a loop. */
public class Processor implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("DOCUMENTS")).key("uploads/copy-" + key), RequestBody.empty());
        return null;
    }
}
