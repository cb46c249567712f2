package com.acme.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** The trigger only fires for keys under inbound/: what is written elsewhere in the same bucket is no loop. */
public class ResizeImagesHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();
    private static final String BUCKET = System.getenv("IMAGES_BUCKET");
    private static final String ARCHIVE = System.getenv("ARCHIVE_BUCKET");

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String name = event.getRecords().get(0).getS3().getObject().getKey();
        String base = name.substring(name.lastIndexOf('/') + 1);
        String target = "resized-" + base;
        upload(BUCKET, target, new byte[0]);
        upload(BUCKET, "thumbnails/" + base, new byte[0]);
        S3.putObject(thumbnailRequest(base), RequestBody.empty());
        S3.putObject(b -> b.bucket(ARCHIVE).key("inbound/" + base), RequestBody.empty()); // another bucket (Globals)
        S3.putObject(b -> b.bucket(BUCKET).key("inbound/" + base + "-copy"), RequestBody.empty()); // Noncompliant {{ResizeImagesFunction -> s3:PutObject ImagesBucket -> ResizeImagesFunction}} {{AWS stops such a loop only after about 16}}
        store(BUCKET, "inbound/again/" + base);
        S3.putObject(b -> b.bucket(System.getenv("SHARED_UPLOADS")).key("inbound/" + base), RequestBody.empty()); // Noncompliant {{environment variable SHARED_UPLOADS}}
        return null;
    }

    private static void upload(String bucket, String key, byte[] bytes) {
        S3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    }

    private static void store(String bucket, String key) {
        S3.putObject(b -> b.bucket(bucket).key(key), RequestBody.empty()); // Noncompliant {{named by environment variable IMAGES_BUCKET}}
    }

    private static PutObjectRequest thumbnailRequest(String base) {
        String key = "small/" + base;
        return PutObjectRequest.builder().bucket(BUCKET).key(key).build();
    }
}
