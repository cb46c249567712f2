package com.acme.images;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The trigger only fires for keys ending in .csv: other suffixes written to the same bucket are no loop. */
public class CsvImportHandler implements RequestHandler<S3Event, Void> {
    private final S3Client s3 = S3Client.create();
    private final String bucket = System.getenv("DATA_BUCKET");

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        String name = key.substring(0, key.length() - 4);
        s3.putObject(b -> b.bucket(bucket).key(name + ".json"), RequestBody.empty());
        String converted = key.endsWith("v2.csv") ? name + ".parquet" : name + ".avro";
        s3.putObject(b -> b.bucket(bucket).key(converted), RequestBody.empty());
        s3.putObject(b -> b.bucket(bucket).key(name + "-cleaned.csv"), RequestBody.empty()); // Noncompliant {{CsvImportFunction -> s3:PutObject DataBucket -> CsvImportFunction}}
        return null;
    }
}
