package com.acme.docs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered by the storage stack's queue; writes to the bucket, which triggers the other function only. */
public class Indexer implements RequestHandler<SQSEvent, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            S3.putObject(r -> r.bucket(System.getenv("DOCUMENTS")).key("index/" + message.getMessageId()),
                    RequestBody.fromString(message.getBody()));
        }
        return null;
    }
}
