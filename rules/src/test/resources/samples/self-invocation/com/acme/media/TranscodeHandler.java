package com.acme.media;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** serverless.yml: triggered by objects created under incoming/ in the media bucket. */
public class TranscodeHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String name = event.getRecords().get(0).getS3().getObject().getKey().substring("incoming/".length());
        S3.putObject(r -> r.bucket(System.getenv("MEDIA_BUCKET")).key("incoming/" + name + ".mp4"), // Noncompliant {{transcode -> s3:PutObject media-dev-media -> transcode}} {{(serverless.yml:18)}}
                RequestBody.empty());
        S3.putObject(r -> r.bucket(System.getenv("MEDIA_BUCKET")).key("outgoing/" + name + ".mp4"), // outside incoming/
                RequestBody.empty());
        return null;
    }
}
