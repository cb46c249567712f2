package com.acme.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.FilterCriteria;
import software.amazon.awscdk.services.lambda.FilterRule;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.FunctionProps;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.StartingPosition;
import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.LambdaSubscription;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/** The pipeline's functions and what triggers them, written with the CDK in Java. */
public class PipelineStack extends Stack {
    private static final String JAR = "../target/pipeline.jar";

    public PipelineStack(final Construct scope, final String id) {
        super(scope, id);

        Bucket intake = Bucket.Builder.create(this, "IntakeBucket").bucketName("acme-intake").build();
        Function intakeFunction = Function.Builder.create(this, "IntakeFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.IntakeHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("BUCKET", intake.getBucketName()))
                .build();
        intake.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(intakeFunction),
                NotificationKeyFilter.builder().prefix("incoming/").build());

        Queue retries = new Queue(this, "RetryQueue");
        Queue dead = new Queue(this, "DeadLetterQueue");
        Function retry = new Function(this, "RetryFunction", FunctionProps.builder()
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.RetryHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("RETRY_QUEUE", retries.getQueueUrl(), "DLQ", dead.getQueueUrl()))
                .build());
        retry.addEventSource(new SqsEventSource(retries));

        Table ledger = Table.Builder.create(this, "LedgerTable").tableName("acme-ledger").build();
        Function stats = Function.Builder.create(this, "StatsFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.StatsHandler")
                .code(Code.fromAsset(JAR))
                .build();
        stats.addEventSource(DynamoEventSource.Builder.create(ledger)
                .startingPosition(StartingPosition.LATEST)
                .build());
        Function audit = Function.Builder.create(this, "LedgerAuditFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.LedgerAuditHandler")
                .code(Code.fromAsset(JAR))
                .build();
        audit.addEventSource(DynamoEventSource.Builder.create(ledger)
                .startingPosition(StartingPosition.LATEST)
                .filters(List.of(FilterCriteria.filter(Map.of("eventName", FilterRule.isEqual("INSERT")))))
                .build());

        Topic events = Topic.Builder.create(this, "EventsTopic").topicName("acme-events").build();
        Function notify = Function.Builder.create(this, "NotifyFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.NotifyHandler")
                .code(Code.fromAsset(JAR))
                .environment(Map.of("TOPIC", events.getTopicArn()))
                .build();
        events.addSubscription(new LambdaSubscription(notify));

        new Archive(this, "HotArchive", "");
        new Archive(this, "ColdArchive", "incoming/");
    }
}
