package com.acme.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Run by both instances of the CDK app's Archive construct: HotArchive watches its whole bucket (a loop),
 * ColdArchive only incoming/ (no loop).
 */
public class ArchiveHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("ARCHIVE_BUCKET")).key("archived/" + key), RequestBody.empty()); // Noncompliant {{HotArchiveFn -> s3:PutObject HotArchiveStore -> HotArchiveFn}} {{Archive.java:24}}
        return null;
    }
}
