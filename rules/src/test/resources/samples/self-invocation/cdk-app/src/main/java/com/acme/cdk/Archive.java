package com.acme.cdk;

import java.util.Map;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.NotificationKeyFilter;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/** An archive made twice by the stack: each instance's function is triggered by its own instance's bucket. */
public class Archive extends Construct {
    public Archive(final Construct scope, final String id, final String watchedPrefix) {
        super(scope, id);
        Bucket store = new Bucket(this, "Store");
        Function fn = Function.Builder.create(this, "Fn")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.pipeline.ArchiveHandler")
                .code(Code.fromAsset("../target/pipeline.jar"))
                .environment(Map.of("ARCHIVE_BUCKET", store.getBucketName()))
                .build();
        store.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn),
                NotificationKeyFilter.builder().prefix(watchedPrefix).build());
    }
}
