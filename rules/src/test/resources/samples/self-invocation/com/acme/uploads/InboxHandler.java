package com.acme.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Triggered by the inbox bucket under inbox/ only; writes to processed/ in it: no loop. */
public class InboxHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("INBOX_BUCKET")).key("processed/" + key), RequestBody.empty());
        return null;
    }
}
