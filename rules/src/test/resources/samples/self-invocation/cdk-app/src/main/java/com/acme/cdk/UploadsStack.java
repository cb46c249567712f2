package com.acme.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.S3EventSource;
import software.amazon.awscdk.services.lambda.eventsources.S3EventSourceProps;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/** The functions of the uploads, triggered by the buckets and the queue the storage stack creates. */
public class UploadsStack extends Stack {
    private static final String JAR = "../target/uploads.jar";

    public UploadsStack(final Construct scope, final String id, final IBucket uploads, final IQueue jobs,
                        final Bucket ledger, final UploadsStackProps props) {
        super(scope, id);

        Function resize = Function.Builder.create(this, "ResizeUploadsFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.uploads.ResizeUploadsHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("UPLOADS_BUCKET", uploads.getBucketName(), "JOBS", jobs.getQueueUrl()))
                .build();
        uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(resize));
        resize.addEventSource(new SqsEventSource(jobs));

        Function publish = Function.Builder.create(this, "PublishFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.uploads.PublishHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("PUBLISHED_BUCKET", props.published().getBucketName()))
                .build();
        props.incoming().addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(publish));

        Function inbox = Function.Builder.create(this, "InboxFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.uploads.InboxHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("INBOX_BUCKET", props.inbox().getBucketName()))
                .build();
        props.inbox().addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(inbox),
                NotificationKeyFilter.builder().prefix("inbox/").build());

        Function audit = Function.Builder.create(this, "LedgerAuditUploadsFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.uploads.LedgerReaderHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("LEDGER_BUCKET", ledger.getBucketName()))
                .build();
        audit.addEventSource(new S3EventSource(ledger, S3EventSourceProps.builder()
                .events(List.of(EventType.OBJECT_CREATED)).build()));
    }
}
