package com.myorg;

import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/** The functions, wired to the bucket and the queue the storage stack makes. */
public class ComputeStack extends Stack {
    public ComputeStack(final Construct scope, final String id, final StackProps props,
                        final ComputeStackProps resources) {
        super(scope, id, props);
        Function processor = Function.Builder.create(this, "Processor")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.docs.Processor")
                .memorySize(resources.getMemorySize())
                .code(Code.fromAsset("../software/docs/"))
                .environment(Map.of("DOCUMENTS", resources.getDocuments().getBucketName()))
                .build();
        resources.getDocuments().addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(processor),
                NotificationKeyFilter.builder().prefix("uploads/").build());

        Function indexer = Function.Builder.create(this, "Indexer")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.docs.Indexer")
                .code(Code.fromAsset("../software/docs/"))
                .environment(Map.of("DOCUMENTS", resources.getDocuments().getBucketName()))
                .build();
        indexer.addEventSource(new SqsEventSource(resources.getJobs()));
    }
}
