package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Triggers wired inside the app's construct classes, and the stack's resources handed to them. */
class CdkConstructTriggersTest {
    private static final String STACK_FILE = "infra/src/main/java/com/myorg/ShopStack.java";
    private static final String INGEST_FILE = "infra/src/main/java/com/myorg/Ingest.java";

    @TempDir
    Path dir;

    @Test
    void eachInstanceWiresItsOwnBucketAndQueueToItsOwnFunction() {
        app("com/myorg/Ingest.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class Ingest extends Construct {
                    public Ingest(final Construct scope, final String id, final String handler) {
                        super(scope, id);
                        Bucket uploads = new Bucket(this, "Uploads");
                        Queue work = Queue.Builder.create(this, "Work").build();
                        Function fn = Function.Builder.create(this, "Fn").runtime(Runtime.JAVA_21).handler(handler)
                                .code(Code.fromAsset("../software/ingest/target/ingest.jar"))
                                .environment(Map.of("BUCKET", uploads.getBucketName()))
                                .build();
                        uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn));
                        fn.addEventSource(new SqsEventSource(work));
                        fn.addEnvironment("QUEUE_URL", work.getQueueUrl());
                    }
                }
                """);
        app("com/myorg/Wiring.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.constructs.Construct;

                public class Wiring extends Construct {
                    public Wiring(final Construct scope, final String id, final Function fn, final Bucket bucket) {
                        super(scope, id);
                        bucket.addEventNotification(EventType.OBJECT_REMOVED, new LambdaDestination(fn));
                    }
                }
                """);
        app("com/myorg/ShopStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.constructs.Construct;

                public class ShopStack extends Stack {
                    public ShopStack(final Construct scope, final String id) {
                        super(scope, id);
                        new Ingest(this, "Orders", "com.acme.Orders");
                        new Ingest(this, "Returns", "com.acme.Returns");
                        Bucket archive = new Bucket(this, "Archive");
                        Function archiver = Function.Builder.create(this, "Archiver").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Archiver").code(Code.fromAsset("../software/ingest/target/ingest.jar"))
                                .build();
                        Function auditor = Function.Builder.create(this, "Auditor").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Auditor").code(Code.fromAsset("../software/ingest/target/ingest.jar"))
                                .build();
                        new Wiring(this, "ArchiveWiring", archiver, archive);
                    }
                }
                """);
        app("com/myorg/Unused.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.constructs.Construct;

                public class Unused extends Construct {
                    public Unused(final Construct scope, final String id, final Function fn, final Bucket bucket) {
                        super(scope, id);
                        bucket.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn));
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        for (String instance : List.of("Orders", "Returns")) {
            LambdaFunction fn = function(deployment, instance + "Fn");
            assertEquals(List.of(TriggerKind.S3, TriggerKind.SQS), fn.events().stream().map(EventSource::kind).toList(),
                    instance + ": its own notification and queue, not the other instance's");
            assertEquals(new Value.ResourceRef(INGEST_FILE, instance + "Uploads", "AWS::S3::Bucket", null),
                    fn.events().get(0).resource());
            assertEquals(List.of("s3:ObjectCreated:*"), fn.events().get(0).s3Events());
            assertEquals(new Value.ResourceRef(INGEST_FILE, instance + "Work", "AWS::SQS::Queue", null),
                    fn.events().get(1).resource());
            assertEquals(new Value.ResourceRef(INGEST_FILE, instance + "Uploads", "AWS::S3::Bucket", "BucketName"),
                    env(fn, "BUCKET"), "the bucket that triggers it: what self-invocation compares");
            assertEquals(new Value.ResourceRef(INGEST_FILE, instance + "Work", "AWS::SQS::Queue", "QueueUrl"),
                    env(fn, "QUEUE_URL"));
        }
        LambdaFunction archiver = function(deployment, "Archiver");
        assertEquals(1, archiver.events().size(), "wired by the one Wiring instance: " + archiver.events());
        assertEquals(new Value.ResourceRef(STACK_FILE, "Archive", "AWS::S3::Bucket", null),
                archiver.events().get(0).resource(), "the stack's bucket the instance is given");
        assertEquals(List.of("s3:ObjectRemoved:*"), archiver.events().get(0).s3Events());
        assertEquals(List.of(), function(deployment, "Auditor").events(), "Unused is never created: it wires nothing");
    }

    @Test
    void aResourceTheStackHandsToAConstructInItsPropsIsTheStacksResource() {
        app("com/myorg/Worker.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.constructs.Construct;

                public class Worker extends Construct {
                    public Worker(final Construct scope, final String id, final WorkerProps props) {
                        super(scope, id);
                        Function fn = Function.Builder.create(this, "Fn").runtime(Runtime.JAVA_21)
                                .handler(props.getHandler())
                                .code(Code.fromAsset("../software/worker/target/worker.jar"))
                                .environment(Map.of("QUEUE_URL", props.getQueue().getQueueUrl()))
                                .build();
                        fn.addEventSource(new SqsEventSource(props.getQueue()));
                    }
                }
                """);
        app("com/myorg/WorkerProps.java", """
                package com.myorg;

                import software.amazon.awscdk.services.sqs.IQueue;

                public class WorkerProps {
                    private final String handler;
                    private final IQueue queue;

                    private WorkerProps(Builder builder) {
                        this.handler = builder.handler;
                        this.queue = builder.queue;
                    }

                    public static Builder builder() {
                        return new Builder();
                    }

                    public String getHandler() { return handler; }
                    public IQueue getQueue() { return queue; }

                    public static final class Builder {
                        private String handler;
                        private IQueue queue;
                        public Builder handler(String handler) { this.handler = handler; return this; }
                        public Builder queue(IQueue queue) { this.queue = queue; return this; }
                        public WorkerProps build() { return new WorkerProps(this); }
                    }
                }
                """);
        app("com/myorg/ShopStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class ShopStack extends Stack {
                    public ShopStack(final Construct scope, final String id) {
                        super(scope, id);
                        Queue ordersQueue = Queue.Builder.create(this, "OrdersQueue").build();
                        Queue low = new Queue(this, "Low");
                        Queue high = new Queue(this, "High");
                        new Worker(this, "Orders", WorkerProps.builder().handler("com.acme.Orders")
                                .queue(ordersQueue).build());
                        new Worker(this, "Tiered", WorkerProps.builder().handler("com.acme.Tiered")
                                .queue(System.getenv("TIER") == null ? low : high).build());
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction orders = function(deployment, "OrdersFn");
        assertEquals(new Value.ResourceRef(STACK_FILE, "OrdersQueue", "AWS::SQS::Queue", "QueueUrl"),
                env(orders, "QUEUE_URL"), "props.getQueue() is the stack's queue, in another file");
        assertEquals(1, orders.events().size());
        assertEquals(new Value.ResourceRef(STACK_FILE, "OrdersQueue", "AWS::SQS::Queue", null),
                orders.events().get(0).resource());

        LambdaFunction tiered = function(deployment, "TieredFn");
        assertUnknown(env(tiered, "QUEUE_URL")); // which queue is chosen when the app runs
        assertEquals(1, tiered.events().size());
        assertUnknown(tiered.events().get(0).resource());
    }

    @Test
    void aTriggerWiredInsideAHelperCalledTwiceIsWiredOncePerCall() {
        app("com/myorg/ShopStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class ShopStack extends Stack {
                    public ShopStack(final Construct scope, final String id) {
                        super(scope, id);
                        worker("Orders", "com.acme.Orders");
                        worker("Payments", "com.acme.Payments");
                    }

                    private void worker(String name, String handler) {
                        Queue jobs = new Queue(this, name + "Jobs");
                        Function fn = Function.Builder.create(this, name + "Worker").runtime(Runtime.JAVA_21)
                                .handler(handler).code(Code.fromAsset("../software/worker/target/worker.jar")).build();
                        fn.addEventSource(new SqsEventSource(jobs));
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        for (String name : List.of("Orders", "Payments")) {
            LambdaFunction worker = function(deployment, name + "Worker");
            assertEquals(List.of(new Value.ResourceRef(STACK_FILE, name + "Jobs", "AWS::SQS::Queue", null)),
                    worker.events().stream().map(EventSource::resource).toList(), "its own call's queue");
        }
    }

    private void app(String source, String text) {
        Templates.write(dir, "infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        if (!java.nio.file.Files.exists(dir.resolve("infra/pom.xml"))) {
            Templates.write(dir, "infra/pom.xml", "<project/>");
        }
        Templates.write(dir, "infra/src/main/java/" + source, text);
    }
}
