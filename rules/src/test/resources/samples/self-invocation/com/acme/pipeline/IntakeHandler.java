package com.acme.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The CDK app triggers it for objects created under incoming/ in IntakeBucket. */
public class IntakeHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();
    private static final String BUCKET = System.getenv("BUCKET");

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(BUCKET).key("processed/" + key), RequestBody.fromString("done")); // outside incoming/
        S3.putObject(r -> r.bucket("acme-intake").key("incoming/retry-" + key), RequestBody.empty()); // Noncompliant {{IntakeFunction -> s3:PutObject IntakeBucket -> IntakeFunction}} {{PipelineStack.java:39}}
        return null;
    }
}
