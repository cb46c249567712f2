package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resources one stack creates and the app's main hands to another stack, through the ways Java apps hand them. */
class CdkCrossStackTest {
    private static final String STORAGE_FILE = "infra/src/main/java/com/myorg/StorageStack.java";
    private static final String COMPUTE_FILE = "infra/src/main/java/com/myorg/ComputeStack.java";

    @TempDir
    Path dir;

    private static final String STORAGE = """
            package com.myorg;

            import software.amazon.awscdk.Stack;
            import software.amazon.awscdk.StackProps;
            import software.amazon.awscdk.services.dynamodb.Table;
            import software.amazon.awscdk.services.s3.Bucket;
            import software.amazon.awscdk.services.sqs.Queue;
            import software.constructs.Construct;

            public class StorageStack extends Stack {
                private final Bucket uploads;
                private Bucket archive;
                public final Queue jobs;
                private final Table ledger = Table.Builder.create(this, "Ledger").tableName("acme-ledger").build();

                public StorageStack(final Construct scope, final String id, final StackProps props) {
                    super(scope, id, props);
                    this.uploads = Bucket.Builder.create(this, "Uploads").build();
                    createArchive();
                    this.jobs = new Queue(this, "Jobs");
                }

                private void createArchive() {
                    archive = new Bucket(this, "Archive");
                }

                public Bucket getUploads() {
                    return uploads;
                }

                public Bucket getArchive() {
                    return this.archive;
                }

                public Table getLedger() {
                    return ledger;
                }
            }
            """;

    @Test
    void aResourceHandedToAnotherStackThroughItsConstructorIsTheFirstStacksResource() {
        app("com/myorg/StorageStack.java", STORAGE);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.StackProps;
                import software.amazon.awscdk.services.dynamodb.ITable;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.NotificationKeyFilter;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.amazon.awscdk.services.sqs.IQueue;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    public ComputeStack(final Construct scope, final String id, final StackProps props,
                                        final Bucket uploads, final Bucket archive, final IQueue jobs,
                                        final ITable ledger, final int memory) {
                        super(scope, id, props);
                        Function fn = Function.Builder.create(this, "Resizer").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Resizer").memorySize(memory)
                                .code(Code.fromAsset("../software/resizer/target/resizer.jar"))
                                .environment(Map.of("UPLOADS", uploads.getBucketName(),
                                        "ARCHIVE", archive.getBucketName(), "LEDGER", ledger.getTableName()))
                                .build();
                        uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn),
                                NotificationKeyFilter.builder().prefix("in/").build());
                        fn.addEventSource(new SqsEventSource(jobs));
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;
                import software.amazon.awscdk.StackProps;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        StorageStack storage = new StorageStack(app, "Storage", StackProps.builder().build());
                        new ComputeStack(app, "Compute", StackProps.builder().build(), storage.getUploads(),
                                storage.getArchive(), storage.jobs, storage.getLedger(), 2048);
                        app.synth();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction fn = function(deployment, "Resizer");
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", "BucketName"),
                env(fn, "UPLOADS"), "a getter returning a field the constructor assigns");
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Archive", "AWS::S3::Bucket", "BucketName"),
                env(fn, "ARCHIVE"), "another bucket of the same stack keeps its own identity");
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Ledger", "AWS::DynamoDB::Table", "TableName"),
                env(fn, "LEDGER"), "a field initialized where it is declared");
        assertLiteral("2048", fn.memoryMb().value());
        assertEquals("infra/src/main/java/com/myorg/ShopApp.java:11", fn.memoryMb().at().toString(),
                "a setting main hands in is located where main writes it");
        assertEquals(List.of(TriggerKind.S3, TriggerKind.SQS), fn.events().stream().map(EventSource::kind).toList());
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", null),
                fn.events().get(0).resource(), "the notification is wired to the other stack's bucket");
        assertEquals("in/", fn.events().get(0).keyPrefix());
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Jobs", "AWS::SQS::Queue", null),
                fn.events().get(1).resource(), "a public final field");
    }

    @Test
    void aResourceHandedInAPropsObjectOrARecordAndAFunctionHandedBack() {
        app("com/myorg/StorageStack.java", STORAGE);
        app("com/myorg/ComputeProps.java", """
                package com.myorg;

                import software.amazon.awscdk.services.s3.IBucket;
                import software.amazon.awscdk.services.sqs.IQueue;

                public class ComputeProps {
                    private final IBucket bucket;
                    private final IQueue queue;

                    private ComputeProps(Builder builder) {
                        this.bucket = builder.bucket;
                        this.queue = builder.queue;
                    }

                    public static Builder builder() {
                        return new Builder();
                    }

                    public IBucket getBucket() { return bucket; }
                    public IQueue getQueue() { return queue; }

                    public static final class Builder {
                        private IBucket bucket;
                        private IQueue queue;
                        public Builder bucket(IBucket bucket) { this.bucket = bucket; return this; }
                        public Builder queue(IQueue queue) { this.queue = queue; return this; }
                        public ComputeProps build() { return new ComputeProps(this); }
                    }
                }
                """);
        app("com/myorg/Wiring.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.IFunction;
                import software.amazon.awscdk.services.s3.IBucket;

                public record Wiring(IBucket bucket, IFunction target) {
                }
                """);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.S3EventSource;
                import software.amazon.awscdk.services.lambda.eventsources.S3EventSourceProps;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.s3.EventType;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    private final Function worker;

                    public ComputeStack(final Construct scope, final String id, final ComputeProps props) {
                        super(scope, id);
                        worker = Function.Builder.create(this, "Worker").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Worker")
                                .code(Code.fromAsset("../software/worker/target/worker.jar"))
                                .environment(Map.of("BUCKET", props.getBucket().getBucketName(),
                                        "QUEUE_URL", props.getQueue().getQueueUrl()))
                                .build();
                        worker.addEventSource(new S3EventSource((Bucket) props.getBucket(), S3EventSourceProps.builder()
                                .events(java.util.List.of(EventType.OBJECT_CREATED)).build()));
                        worker.addEventSource(new SqsEventSource(props.getQueue()));
                    }

                    public Function getWorker() {
                        return worker;
                    }
                }
                """);
        app("com/myorg/NotifyStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.constructs.Construct;

                public class NotifyStack extends Stack {
                    public NotifyStack(final Construct scope, final String id, final Wiring wiring) {
                        super(scope, id);
                        wiring.bucket().addEventNotification(EventType.OBJECT_REMOVED,
                                new LambdaDestination(wiring.target()));
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        StorageStack storage = new StorageStack(app, "Storage", null);
                        ComputeProps props = ComputeProps.builder().bucket(storage.getUploads())
                                .queue(storage.jobs).build();
                        ComputeStack compute = new ComputeStack(app, "Compute", props);
                        new NotifyStack(app, "Notify", new Wiring(storage.getArchive(), compute.getWorker()));
                        app.synth();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction worker = function(deployment, "Worker");
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", "BucketName"),
                env(worker, "BUCKET"), "a props class's getter, its builder given the other stack's getter");
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Jobs", "AWS::SQS::Queue", "QueueUrl"),
                env(worker, "QUEUE_URL"));
        assertEquals(List.of(
                        new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", null),
                        new Value.ResourceRef(STORAGE_FILE, "Jobs", "AWS::SQS::Queue", null),
                        new Value.ResourceRef(STORAGE_FILE, "Archive", "AWS::S3::Bucket", null)),
                worker.events().stream().map(EventSource::resource).toList(),
                "its event sources, and the notification a third stack wires to it through a record");
        assertEquals(List.of("s3:ObjectCreated:*"), worker.events().get(0).s3Events());
        assertEquals(List.of("s3:ObjectRemoved:*"), worker.events().get(2).s3Events());
    }

    @Test
    void aStackMadeSeveralTimesIsGivenAValueOnlyWhenEveryNewGivesTheSame() {
        app("com/myorg/StorageStack.java", STORAGE);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.s3.IBucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    public ComputeStack(final Construct scope, final String id, final IBucket uploads,
                                        final IBucket output, final String stage) {
                        super(scope, id);
                        Function fn = Function.Builder.create(this, "Worker").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Worker").functionName("worker-" + stage)
                                .code(Code.fromAsset("../software/worker/target/worker.jar"))
                                .environment(Map.of("OUTPUT", output.getBucketName()))
                                .build();
                        uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(fn));
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        StorageStack storage = new StorageStack(app, "Storage", null);
                        new ComputeStack(app, "ComputeEu", storage.getUploads(), storage.getArchive(), "eu");
                        new ComputeStack(app, "ComputeUs", storage.getUploads(), storage.getUploads(), "us");
                        app.synth();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        LambdaFunction worker = function(deployment, "Worker");
        assertEquals(List.of(new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", null)),
                worker.events().stream().map(EventSource::resource).toList(), "both news hand in the same bucket");
        assertUnknown(env(worker, "OUTPUT")); // one new hands in the archive, the other the uploads
        assertUnknown(worker.deployedName().value());
        String app = "infra/src/main/java/com/myorg/ShopApp.java";
        assertEquals(List.of("the parameter output of ComputeStack is left unknown: its 2 news (" + app + ":9, " + app
                        + ":10) hand in different values, and the stack is read once"),
                deployment.notes().stream().filter(n -> n.contains("parameter output")).toList());
    }

    @Test
    void aStackParameterNoCodeOfTheAppHandsInStaysUnknown() {
        app("com/myorg/StorageStack.java", STORAGE);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.s3.IBucket;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    public ComputeStack(final Construct scope, final String id, final IBucket uploads) {
                        super(scope, id);
                        Function.Builder.create(this, "Worker").runtime(Runtime.JAVA_21).handler("com.acme.Worker")
                                .code(Code.fromAsset("../software/worker/target/worker.jar"))
                                .environment(Map.of("BUCKET", uploads.getBucketName()))
                                .build();
                    }
                }
                """);
        app("com/myorg/Tool.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                /** A tool's main, not the app's: cdk.json names ShopApp. */
                public final class Tool {
                    public static void main(final String[] args) {
                        App app = new App();
                        new ComputeStack(app, "Compute", new StorageStack(app, "Storage", null).getUploads());
                        app.synth();
                    }
                }
                """);
        Templates.write(dir, "infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java -Dexec.mainClass=com.myorg.ShopApp\"}");
        Deployment deployment = Templates.read(dir);
        assertUnknown(env(function(deployment, "Worker"), "BUCKET"));
    }

    @Test
    void aConstructClassesGetterReadInAStackOfAnotherFileOrThroughAnotherStack() {
        app("com/myorg/Media.java", """
                package com.myorg;

                import software.amazon.awscdk.services.s3.Bucket;
                import software.constructs.Construct;

                public class Media extends Construct {
                    private final Bucket bucket;

                    public Media(final Construct scope, final String id) {
                        super(scope, id);
                        bucket = new Bucket(this, "Bucket");
                    }

                    public Bucket getBucket() {
                        return bucket;
                    }
                }
                """);
        app("com/myorg/StorageStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.constructs.Construct;

                public class StorageStack extends Stack {
                    private final Media images;
                    private final Media videos;

                    public StorageStack(final Construct scope, final String id) {
                        super(scope, id);
                        images = new Media(this, "Images");
                        videos = new Media(this, "Videos");
                    }

                    public Media getImages() { return images; }
                    public Media getVideos() { return videos; }
                }
                """);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    public ComputeStack(final Construct scope, final String id, final StorageStack storage) {
                        super(scope, id);
                        Media thumbs = new Media(this, "Thumbs");
                        Function fn = Function.Builder.create(this, "Thumbnailer").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Thumbnailer")
                                .code(Code.fromAsset("../software/thumbs/target/thumbs.jar"))
                                .environment(Map.of("OUT", thumbs.getBucket().getBucketName(),
                                        "VIDEOS", storage.getVideos().getBucket().getBucketName()))
                                .build();
                        storage.getImages().getBucket().addEventNotification(EventType.OBJECT_CREATED,
                                new LambdaDestination(fn));
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        new ComputeStack(app, "Compute", new StorageStack(app, "Storage"));
                        app.synth();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        String media = "infra/src/main/java/com/myorg/Media.java";
        LambdaFunction fn = function(deployment, "Thumbnailer");
        assertEquals(new Value.ResourceRef(media, "ThumbsBucket", "AWS::S3::Bucket", "BucketName"), env(fn, "OUT"),
                "the getter of a construct the stack makes, declared in another file");
        assertEquals(new Value.ResourceRef(media, "VideosBucket", "AWS::S3::Bucket", "BucketName"),
                env(fn, "VIDEOS"), "a construct another stack makes, reached through that stack's getter");
        assertEquals(List.of(new Value.ResourceRef(media, "ImagesBucket", "AWS::S3::Bucket", null)),
                fn.events().stream().map(EventSource::resource).toList());
    }

    @Test
    void aNestedStackDeclaresItsFunctionsAndIsHandedItsParentsResources() {
        app("com/myorg/ApiStack.java", """
                package com.myorg;

                import java.util.Map;
                import software.amazon.awscdk.NestedStack;
                import software.amazon.awscdk.NestedStackProps;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.sqs.IQueue;
                import software.constructs.Construct;

                public class ApiStack extends NestedStack {
                    public ApiStack(final Construct scope, final String id, final NestedStackProps props,
                                    final IQueue requests) {
                        super(scope, id, props);
                        Function fn = Function.Builder.create(this, "Handler").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Api").memorySize(1536)
                                .code(Code.fromAsset("../software/api/target/api.jar"))
                                .environment(Map.of("REQUESTS", requests.getQueueUrl()))
                                .build();
                        fn.addEventSource(new SqsEventSource(requests));
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
                        Queue requests = new Queue(this, "Requests");
                        new ApiStack(this, "Api", null, requests);
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        new ShopStack(app, "Shop");
                        app.synth();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(), deployment.problems());
        String shop = "infra/src/main/java/com/myorg/ShopStack.java";
        LambdaFunction fn = function(deployment, "Handler");
        assertEquals("infra/src/main/java/com/myorg/ApiStack.java", fn.at().path());
        assertLiteral("1536", fn.memoryMb().value());
        assertEquals(new Value.ResourceRef(shop, "Requests", "AWS::SQS::Queue", "QueueUrl"), env(fn, "REQUESTS"));
        assertEquals(List.of(new Value.ResourceRef(shop, "Requests", "AWS::SQS::Queue", null)),
                fn.events().stream().map(EventSource::resource).toList());
    }

    @Test
    void stacksMadeInAStageThatAMethodOfMainCreatesAndAParameterKeptInAFieldForAHelper() {
        app("com/myorg/StorageStack.java", STORAGE);
        app("com/myorg/ComputeStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.sqs.IQueue;
                import software.constructs.Construct;

                public class ComputeStack extends Stack {
                    private final IQueue jobs;

                    public ComputeStack(final Construct scope, final String id, final IQueue jobs) {
                        super(scope, id);
                        this.jobs = jobs;
                        worker();
                    }

                    private void worker() {
                        Function fn = Function.Builder.create(this, "Worker").runtime(Runtime.JAVA_21)
                                .handler("com.acme.Worker")
                                .code(Code.fromAsset("../software/worker/target/worker.jar")).build();
                        fn.addEventSource(new SqsEventSource(jobs));
                    }
                }
                """);
        app("com/myorg/ProdStage.java", """
                package com.myorg;

                import software.amazon.awscdk.Stage;
                import software.constructs.Construct;

                public class ProdStage extends Stage {
                    public ProdStage(final Construct scope, final String id) {
                        super(scope, id);
                        StorageStack storage = new StorageStack(this, "Storage", null);
                        new ComputeStack(this, "Compute", storage.jobs);
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;

                public final class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        stages(app);
                        app.synth();
                    }

                    private static void stages(App app) {
                        new ProdStage(app, "Prod");
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of(new Value.ResourceRef(STORAGE_FILE, "Jobs", "AWS::SQS::Queue", null)),
                function(deployment, "Worker").events().stream().map(EventSource::resource).toList());
    }

    private void app(String source, String text) {
        Templates.write(dir, "infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        if (!java.nio.file.Files.exists(dir.resolve("infra/pom.xml"))) {
            Templates.write(dir, "infra/pom.xml", "<project/>");
        }
        Templates.write(dir, "infra/src/main/java/" + source, text);
    }
}
