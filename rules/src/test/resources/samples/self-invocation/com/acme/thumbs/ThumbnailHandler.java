package com.acme.thumbs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** Triggered by every object created in UploadsBucket, with no filter. */
public class ThumbnailHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();
    private final String bucket = System.getenv("BUCKET");

    @Override
    public Void handleRequest(S3Event event, Context context) {
        for (S3EventNotificationRecord upload : event.getRecords()) {
            String key = upload.getS3().getObject().getKey();
            byte[] thumbnail = shrink(key);
            S3.putObject(PutObjectRequest.builder().bucket(bucket).key("thumbnails/" + key).build(), // Noncompliant {{ThumbnailFunction -> s3:PutObject UploadsBucket -> ThumbnailFunction}} {{(template.yaml:54)}}
                    RequestBody.fromBytes(thumbnail));
            S3.putObject(r -> r.bucket(System.getenv("THUMBNAILS")).key(key), RequestBody.fromBytes(thumbnail)); // another bucket
            S3.copyObject(r -> r.sourceBucket(bucket).sourceKey(key) // Noncompliant {{the bucket of the S3 event it handles}}
                    .destinationBucket(upload.getS3().getBucket().getName())
                    .destinationKey("archive/" + key));
            S3.getObject(r -> r.bucket(bucket).key(key)); // a read triggers nothing
        }
        return null;
    }

    private static byte[] shrink(String key) {
        return key.getBytes();
    }
}
