package com.acme.thumbs;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/** SDK v1; the trigger only fires for keys under uploads/ ending in .jpg. */
public class FilteredThumbnailHandler implements RequestHandler<S3Event, String> {
    private static final AmazonS3 S3 = AmazonS3ClientBuilder.defaultClient();
    private static final String PHOTOS = "prod-photos";

    @Override
    public String handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(PHOTOS, "thumbnails/" + key, "small"); // the prefix filter excludes thumbnails/
        S3.putObject(PHOTOS, key + ".png", "converted"); // the suffix filter excludes .png
        S3.putObject(PHOTOS, "uploads/" + key.replace('/', '_'), "flat"); // Noncompliant {{FilteredThumbnailFunction -> s3:PutObject PhotosBucket -> FilteredThumbnailFunction}} {{named by "prod-photos"}}
        S3.putObject(System.getenv("BUCKET"), key, "overwritten"); // Noncompliant {{named by environment variable BUCKET}}
        return key;
    }
}
