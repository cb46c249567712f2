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
                private final Bucket archive;
                public final Queue jobs;
                private final Table ledger = Table.Builder.create(this, "Ledger").tableName("acme-ledger").build();

                public StorageStack(final Construct scope, final String id, final StackProps props) {
                    super(scope, id, props);
                    this.uploads = Bucket.Builder.create(this, "Uploads").build();
                    archive = new Bucket(this, "Archive");
                    this.jobs = new Queue(this, "Jobs");
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
        assertEquals(List.of(TriggerKind.S3, TriggerKind.SQS), fn.events().stream().map(EventSource::kind).toList());
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Uploads", "AWS::S3::Bucket", null),
                fn.events().get(0).resource(), "the notification is wired to the other stack's bucket");
        assertEquals("in/", fn.events().get(0).keyPrefix());
        assertEquals(new Value.ResourceRef(STORAGE_FILE, "Jobs", "AWS::SQS::Queue", null),
                fn.events().get(1).resource(), "a public final field");
    }

    private void app(String source, String text) {
        Templates.write(dir, "infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        if (!java.nio.file.Files.exists(dir.resolve("infra/pom.xml"))) {
            Templates.write(dir, "infra/pom.xml", "<project/>");
        }
        Templates.write(dir, "infra/src/main/java/" + source, text);
    }
}
