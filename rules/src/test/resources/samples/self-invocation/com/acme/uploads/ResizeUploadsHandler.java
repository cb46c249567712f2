package com.acme.uploads;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Deployed by the CDK app's UploadsStack, triggered by the bucket and the queue the StorageStack creates and the
 * app hands over: it writes back to both.
 */
public class ResizeUploadsHandler implements RequestHandler<S3Event, Void> {
    private static final S3Client S3 = S3Client.create();
    private static final SqsClient SQS = SqsClient.create();

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String key = event.getRecords().get(0).getS3().getObject().getKey();
        S3.putObject(r -> r.bucket(System.getenv("UPLOADS_BUCKET")).key("resized/" + key), RequestBody.empty()); // Noncompliant {{ResizeUploadsFunction -> s3:PutObject UploadsBucket -> ResizeUploadsFunction}} {{UploadsStack.java:34}}
        SQS.sendMessage(r -> r.queueUrl(System.getenv("JOBS")).messageBody(key)); // Noncompliant {{ResizeUploadsFunction -> sqs:SendMessage ResizeJobsQueue -> ResizeUploadsFunction}}
        return null;
    }
}
