package com.acme.cdk;

import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.EventType;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
import software.constructs.Construct;

/**
 * Made twice by the app, mirroring one bucket into another each way: neither instance writes to the bucket that
 * triggers it, though one's source is the other's target.
 */
public class MirrorStack extends Stack {
    public MirrorStack(final Construct scope, final String id, final IBucket source, final IBucket target) {
        super(scope, id);
        Function mirror = Function.Builder.create(this, "MirrorFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.acme.uploads.MirrorHandler")
                .code(Code.fromAsset("../target/uploads.jar"))
                .environment(Map.of("TARGET_BUCKET", target.getBucketName()))
                .build();
        source.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(mirror));
    }
}
