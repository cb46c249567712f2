package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CDK apps written in Java, read from their source as `cdk init app --language java` lays them out. */
class CdkJavaAppTest {
    @TempDir
    Path dir;

    private static final String ORDERS_STACK = """
            package com.myorg;

            import software.amazon.awscdk.Duration;
            import software.amazon.awscdk.Stack;
            import software.amazon.awscdk.StackProps;
            import software.amazon.awscdk.services.lambda.Architecture;
            import software.amazon.awscdk.services.lambda.Code;
            import software.amazon.awscdk.services.lambda.Function;
            import software.amazon.awscdk.services.lambda.Runtime;
            import software.amazon.awscdk.services.lambda.SnapStartConf;
            import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
            import software.amazon.awscdk.services.sqs.Queue;
            import software.constructs.Construct;

            import java.util.Map;

            public class OrdersStack extends Stack {
                public OrdersStack(final Construct scope, final String id, final StackProps props) {
                    super(scope, id, props);

                    Queue jobs = Queue.Builder.create(this, "JobsQueue")
                            .queueName("orders-jobs")
                            .visibilityTimeout(Duration.seconds(180))
                            .build();

                    Function worker = Function.Builder.create(this, "OrdersWorker")
                            .runtime(Runtime.JAVA_21)
                            .architecture(Architecture.ARM_64)
                            .handler("com.example.orders.Worker::handleRequest")
                            .code(Code.fromAsset("../software/orders/target/orders.jar"))
                            .memorySize(2048)
                            .timeout(Duration.seconds(30))
                            .functionName("orders-worker")
                            .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                            .environment(Map.of(
                                    "QUEUE_URL", jobs.getQueueUrl(),
                                    "STAGE", "prod"))
                            .build();

                    worker.addEventSource(new SqsEventSource(jobs));
                }
            }
            """;

    @Test
    void aFunctionBuiltWithItsBuilderWithItsSettingsAtTheirLines() {
        app("infra", "com/myorg/OrdersStack.java", ORDERS_STACK);
        Deployment deployment = read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction worker = function(deployment, "OrdersWorker");
        String file = "infra/src/main/java/com/myorg/OrdersStack.java";
        assertEquals(new Location(file, 26, 57), worker.at());
        assertLiteral("com.example.orders.Worker::handleRequest", worker.handler().value());
        assertEquals(new HandlerName("com.example.orders.Worker", "handleRequest"), worker.handlerName().get());
        assertLiteral("java21", worker.runtime().value());
        assertLiteral("arm64", worker.architecture().value());
        assertLiteral("2048", worker.memoryMb().value());
        assertEquals(new Location(file, 31, 18), worker.memoryMb().at());
        assertFalse(worker.memoryMb().defaulted());
        assertLiteral("30", worker.timeoutSeconds().value());
        assertEquals(32, worker.timeoutSeconds().at().line());
        assertLiteral("orders-worker", worker.deployedName().value());
        assertLiteral("prod", env(worker, "STAGE"));
        assertEquals(new Value.ResourceRef(file, "JobsQueue", "AWS::SQS::Queue", "QueueUrl"), env(worker, "QUEUE_URL"));
        assertEquals(36, worker.environment().get("QUEUE_URL").at().line());
        assertTrue(worker.snapStartOn(), "snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS) turns SnapStart on");
        assertEquals(34, worker.snapStart().at().line());

        assertEquals(1, worker.events().size());
        EventSource trigger = worker.events().get(0);
        assertEquals(TriggerKind.SQS, trigger.kind());
        assertEquals(new Value.ResourceRef(file, "JobsQueue", "AWS::SQS::Queue", null), trigger.resource());
        assertEquals(40, trigger.at().line());
        assertFalse(trigger.filtered());

        CloudResource queue = deployment.resources().stream().filter(r -> r.logicalId().equals("JobsQueue"))
                .findFirst().orElseThrow();
        assertLiteral("orders-jobs", queue.physicalName());
        assertTrue(deployment.sameResource(new Value.Literal("orders-jobs"), trigger.resource()));
        assertTrue(deployment.sameResource(env(worker, "QUEUE_URL"), trigger.resource()));
    }

    @Test
    void snapStartIsReadForTheDeploymentModel() {
        com.github.javaparser.ast.CompilationUnit unit = dev.lambdalint.source.SourceScanner.newParser()
                .parse(ORDERS_STACK).getResult().orElseThrow();
        CdkStackReader reader = new CdkStackReader(unit, "OrdersStack.java",
                new CdkJavaApp.Classes(List.of(unit)), dir.resolve("infra"), new ArrayList<>());
        TemplateContent content = TemplateContent.empty();
        reader.read(content);
        CdkChain chain = CdkChain.of(unit.findAll(com.github.javaparser.ast.expr.MethodCallExpr.class).stream()
                .filter(c -> c.getNameAsString().equals("build") && c.toString().contains("OrdersWorker"))
                .findFirst().orElseThrow()).orElseThrow();
        CdkFunction function = new CdkFunction("OrdersWorker", new Location("OrdersStack.java", 26, 57), chain,
                new CdkValues(reader));
        Setting snapStart = function.snapStart(reader::at);
        assertLiteral("PublishedVersions", snapStart.value());
        assertEquals(34, snapStart.at().line());
    }

    @Test
    void propsInAVariableConstantsOfOtherClassesAndEveryKindOfTrigger() {
        app("cdk", "com/acme/infra/Config.java", """
                package com.acme.infra;

                public final class Config {
                    public static final int WORKER_MEMORY = 1024;
                    public static final String PREFIX = "acme-";
                    private Config() {
                    }
                }
                """);
        app("cdk", "com/acme/infra/IngestStack.java", """
                package com.acme.infra;

                import java.util.HashMap;
                import java.util.List;
                import java.util.Map;
                import software.amazon.awscdk.Duration;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.dynamodb.Attribute;
                import software.amazon.awscdk.services.dynamodb.AttributeType;
                import software.amazon.awscdk.services.dynamodb.StreamViewType;
                import software.amazon.awscdk.services.dynamodb.Table;
                import software.amazon.awscdk.services.kinesis.Stream;
                import software.amazon.awscdk.services.lambda.*;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.DynamoEventSource;
                import software.amazon.awscdk.services.lambda.eventsources.KinesisEventSource;
                import software.amazon.awscdk.services.lambda.eventsources.S3EventSource;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
                import software.amazon.awscdk.services.s3.Bucket;
                import software.amazon.awscdk.services.s3.EventType;
                import software.amazon.awscdk.services.s3.NotificationKeyFilter;
                import software.amazon.awscdk.services.s3.notifications.LambdaDestination;
                import software.amazon.awscdk.services.sns.Topic;
                import software.amazon.awscdk.services.sns.subscriptions.LambdaSubscription;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class IngestStack extends Stack {
                    private static final String TABLE = Config.PREFIX + "orders";
                    private final Bucket uploads;

                    public IngestStack(Construct scope, String id) {
                        super(scope, id);
                        this.uploads = new Bucket(this, "Uploads");
                        Table orders = Table.Builder.create(this, "Orders")
                                .tableName(TABLE)
                                .partitionKey(Attribute.builder().name("id").type(AttributeType.STRING).build())
                                .stream(StreamViewType.NEW_IMAGE)
                                .build();
                        Stream clicks = new Stream(this, "Clicks");
                        Topic alerts = Topic.Builder.create(this, "Alerts").topicName("acme-alerts").build();
                        Queue dlq = new Queue(this, "Dead");

                        Map<String, String> environment = new HashMap<>();
                        environment.put("BUCKET", uploads.getBucketName());
                        environment.put("TABLE", orders.getTableName());

                        FunctionProps props = FunctionProps.builder()
                                .runtime(Runtime.JAVA_17)
                                .handler("com.acme.ingest.Ingest")
                                .code(Code.fromAsset("../ingest/target/ingest.jar"))
                                .memorySize(Config.WORKER_MEMORY)
                                .timeout(Duration.minutes(2))
                                .environment(environment)
                                .build();
                        Function ingest = new Function(this, "Ingest", props);

                        uploads.addEventNotification(EventType.OBJECT_CREATED, new LambdaDestination(ingest),
                                NotificationKeyFilter.builder().prefix("incoming/").suffix(".csv").build());
                        ingest.addEventSource(new S3EventSource(uploads, software.amazon.awscdk.services.lambda
                                .eventsources.S3EventSourceProps.builder()
                                .events(List.of(EventType.OBJECT_REMOVED))
                                .filters(List.of(NotificationKeyFilter.builder().suffix(".gz").build()))
                                .build()));
                        ingest.addEventSource(DynamoEventSource.Builder.create(orders)
                                .startingPosition(StartingPosition.LATEST).build());
                        ingest.addEventSource(new KinesisEventSource(clicks, null));
                        alerts.addSubscription(new LambdaSubscription(ingest));
                        ingest.addEventSource(new SqsEventSource(dlq, SqsEventSourceProps.builder()
                                .filters(List.of(FilterCriteria.filter(Map.of("body", Map.of("kind", List.of("a"))))))
                                .build()));
                        ingest.addEnvironment("TOPIC_ARN", alerts.getTopicArn());
                    }
                }
                """);
        Deployment deployment = read(dir);
        assertEquals(List.of(), deployment.problems());
        LambdaFunction ingest = function(deployment, "Ingest");
        String file = "cdk/src/main/java/com/acme/infra/IngestStack.java";
        assertLiteral("java17", ingest.runtime().value());
        assertLiteral("1024", ingest.memoryMb().value());
        assertEquals(53, ingest.memoryMb().at().line());
        assertLiteral("120", ingest.timeoutSeconds().value());
        assertLiteral("x86_64", ingest.architecture().value());
        assertTrue(ingest.architecture().defaulted());
        assertUnknown(ingest.deployedName().value());
        assertEquals(new Value.ResourceRef(file, "Uploads", "AWS::S3::Bucket", "BucketName"), env(ingest, "BUCKET"));
        assertEquals(new Value.ResourceRef(file, "Orders", "AWS::DynamoDB::Table", "TableName"), env(ingest, "TABLE"));
        assertEquals(new Value.ResourceRef(file, "Alerts", "AWS::SNS::Topic", "TopicArn"), env(ingest, "TOPIC_ARN"));
        assertLiteral("acme-orders", deployment.resources().stream().filter(r -> r.logicalId().equals("Orders"))
                .findFirst().orElseThrow().physicalName());

        List<EventSource> events = ingest.events();
        assertEquals(List.of(TriggerKind.S3, TriggerKind.S3, TriggerKind.DYNAMODB, TriggerKind.KINESIS,
                TriggerKind.SNS, TriggerKind.SQS), events.stream().map(EventSource::kind).toList());
        EventSource notification = events.get(0);
        assertEquals("incoming/", notification.keyPrefix());
        assertEquals(".csv", notification.keySuffix());
        assertEquals(List.of("s3:ObjectCreated:*"), notification.s3Events());
        assertEquals(new Value.ResourceRef(file, "Uploads", "AWS::S3::Bucket", null), notification.resource());
        assertEquals(59, notification.at().line());
        assertEquals(List.of("s3:ObjectRemoved:*"), events.get(1).s3Events());
        assertEquals("", events.get(1).keyPrefix());
        assertEquals(".gz", events.get(1).keySuffix());
        assertEquals("Orders", ((Value.ResourceRef) events.get(2).resource()).logicalId());
        assertEquals("Clicks", ((Value.ResourceRef) events.get(3).resource()).logicalId());
        assertFalse(events.get(4).filtered());
        assertTrue(events.get(5).filtered(), "an SQS source with filters");
    }

    @Test
    void functionPropsGivenToAnotherConstructAreThatConstructsFunction() {
        app("infrastructure", "com/example/PatternStack.java", """
                package com.example;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.FunctionProps;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.amazon.awsconstructs.services.sqslambda.SqsToLambda;
                import software.amazon.awsconstructs.services.sqslambda.SqsToLambdaProps;
                import software.constructs.Construct;

                public class PatternStack extends Stack {
                    public PatternStack(final Construct scope, final String id) {
                        super(scope, id);
                        Queue existing = Queue.Builder.create(this, "Work").queueName("work").build();
                        SqsToLambda pattern = new SqsToLambda(this, "SqsToLambdaPattern", new SqsToLambdaProps.Builder()
                                .existingQueueObj(existing)
                                .lambdaFunctionProps(new FunctionProps.Builder()
                                        .runtime(Runtime.JAVA_21)
                                        .code(Code.fromAsset("../app/target/app.jar"))
                                        .handler("com.example.App")
                                        .memorySize(512)
                                        .build())
                                .build());
                        pattern.getLambdaFunction().addEnvironment("QUEUE", existing.getQueueName());
                    }
                }
                """);
        Deployment deployment = read(dir);
        LambdaFunction function = function(deployment, "SqsToLambdaPattern");
        assertLiteral("512", function.memoryMb().value());
        assertLiteral("com.example.App", function.handler().value());
        assertEquals("Work", ((Value.ResourceRef) env(function, "QUEUE")).logicalId());
        assertTrue(deployment.resources().stream().anyMatch(r -> r.logicalId().equals("SqsToLambdaPattern")
                && r.type().equals("AWS::Lambda::Function")));
    }

    @Test
    void aHelperMethodIsReadOncePerCallWithTheArgumentsOfThatCall() {
        app("infra", "com/myorg/FleetStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Duration;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
                import software.amazon.awscdk.services.sqs.Queue;
                import software.constructs.Construct;

                public class FleetStack extends Stack {
                    public FleetStack(final Construct scope, final String id) {
                        super(scope, id);
                        Queue jobs = Queue.Builder.create(this, "Jobs").build();
                        Function orders = worker("Orders", "com.acme.Orders", 1024);
                        worker("Billing", "com.acme.Billing", 512);
                        worker(System.getenv("EXTRA"), "com.acme.Extra", 256);
                        worker("Runtime", System.getenv("HANDLER"), 256);
                        orders.addEventSource(new SqsEventSource(jobs));
                        Function.Builder.create(this, "Reports").runtime(Runtime.JAVA_21).handler("com.acme.Reports")
                                .code(Code.fromAsset("../reports/target/reports.jar")).build();
                    }

                    private Function worker(String name, String handler, int memory) {
                        return Function.Builder.create(this, name + "Worker").runtime(Runtime.JAVA_21)
                                .handler(handler).memorySize(memory).timeout(Duration.seconds(30))
                                .code(Code.fromAsset("../workers/target/workers.jar")).build();
                    }

                    private Function unused(String name) {
                        return Function.Builder.create(this, name).handler("com.acme.Unused").build();
                    }
                }
                """);
        Deployment deployment = read(dir);
        String file = "infra/src/main/java/com/myorg/FleetStack.java";
        assertEquals(List.of("Reports", "OrdersWorker", "BillingWorker", "RuntimeWorker"),
                deployment.functions().stream().map(LambdaFunction::name).toList());
        LambdaFunction orders = function(deployment, "OrdersWorker");
        assertLiteral("com.acme.Orders", orders.handler().value());
        assertEquals(new Location(file, 16, 27), orders.at(), "at the call that builds it");
        assertEquals(new Location(file, 16, 44), orders.handler().at(), "where the handler is written: the argument");
        assertLiteral("1024", orders.memoryMb().value());
        assertEquals(new Location(file, 16, 63), orders.memoryMb().at());
        assertLiteral("30", orders.timeoutSeconds().value());
        assertEquals(27, orders.timeoutSeconds().at().line(), "written in the helper: at its setter");
        assertEquals(1, orders.events().size(), "the function the helper returns is the one its caller wires");
        assertEquals(List.of(), function(deployment, "BillingWorker").events());
        assertLiteral("512", function(deployment, "BillingWorker").memoryMb().value());
        assertEquals(17, function(deployment, "BillingWorker").at().line());
        assertUnknown(function(deployment, "RuntimeWorker").handler().value());
        assertTrue(deployment.notes().contains("skipped the Function at " + file + ":26 (as the call at " + file
                + ":18 builds it): its id name + \"Worker\" is known only when the app runs (a helper method's "
                + "parameter?), so it was not read"), deployment.notes().toString());
        assertTrue(deployment.notes().contains("skipped the Function at " + file + ":32: its id name is known only "
                + "when the app runs (a helper method's parameter?), so it was not read"), deployment.notes().toString());
        assertTrue(deployment.notes().contains("read the Function at " + file + ":26 once per call of the helper "
                + "worker(...): 4 calls"), deployment.notes().toString());
    }

    @Test
    void nestedHelpersHandDownSnapStartCodeAndFormattedIds() {
        app("infra", "com/myorg/PrimingStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.SnapStartConf;
                import software.amazon.awscdk.services.s3.assets.AssetOptions;
                import software.constructs.Construct;

                public class PrimingStack extends Stack {
                    private static final String ON_DEMAND = "1_ON_DEMAND";
                    private static final String SNAP = "2_SNAP";
                    private static final String CODE_PATH = "../software/priming/";

                    public PrimingStack(final Construct scope, final String id) {
                        super(scope, id);
                        createFunctions(System.getenv("DB_URL"));
                    }

                    private void createFunctions(String databaseUrl) {
                        var code = createCodePackage(CODE_PATH, "priming.jar");
                        createFunction(code, ON_DEMAND, "com.acme.NoPriming", null, databaseUrl);
                        createFunction(code, SNAP, "com.acme.InvokePriming", SnapStartConf.ON_PUBLISHED_VERSIONS,
                                databaseUrl);
                    }

                    private void createFunction(Code code, String primeType, String handler,
                                                SnapStartConf snapStartConf, String databaseUrl) {
                        Function.Builder.create(this, "Fn-%s".formatted(primeType))
                                .functionName(String.format("priming-%s", primeType))
                                .code(code)
                                .handler(handler)
                                .snapStart(snapStartConf)
                                .runtime(Runtime.JAVA_21)
                                .environment(java.util.Map.of("DB_URL", databaseUrl, "TYPE", primeType))
                                .build();
                    }

                    private Code createCodePackage(String codePath, String jarName) {
                        return Code.fromAsset(codePath, AssetOptions.builder().build());
                    }
                }
                """);
        Deployment deployment = read(dir);
        String file = "infra/src/main/java/com/myorg/PrimingStack.java";
        assertEquals(List.of("Fn-1_ON_DEMAND", "Fn-2_SNAP"),
                deployment.functions().stream().map(LambdaFunction::name).toList());
        LambdaFunction onDemand = function(deployment, "Fn-1_ON_DEMAND");
        LambdaFunction snap = function(deployment, "Fn-2_SNAP");
        assertFalse(onDemand.snapStartOn(), "null hands no SnapStart");
        assertTrue(onDemand.snapStart().defaulted());
        assertTrue(snap.snapStartOn());
        assertEquals(new Location(file, 24, 62), snap.snapStart().at(), "at the argument that turns it on");
        assertEquals(new Location(file, 23, 9), onDemand.at());
        assertEquals(new Location(file, 24, 9), snap.at());
        assertLiteral("com.acme.InvokePriming", snap.handler().value());
        assertLiteral("priming-2_SNAP", snap.deployedName().value());
        assertLiteral("2_SNAP", env(snap, "TYPE"));
        assertUnknown(env(snap, "DB_URL"));
        assertEquals(dir.resolve("software/priming").toAbsolutePath().normalize(),
                codeOf(dir, "Fn-2_SNAP"), "the code path the helper returns for that call");
    }

    @Test
    void aStaticHelperOfAnotherClassIsLocatedWhereItIsCalled() {
        app("infra", "com/myorg/Lambdas.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Code;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.SnapStartConf;
                import software.constructs.Construct;

                final class Lambdas {
                    static Function javaFunction(Construct scope, String id, String handler, String jar, boolean snap) {
                        return Function.Builder.create(scope, id).runtime(Runtime.JAVA_21).handler(handler)
                                .code(Code.fromAsset(jar))
                                .snapStart(snap ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                                .build();
                    }

                    static Function javaFunction(Construct scope, String id) {
                        return javaFunction(scope, id, "com.acme.Default", "../default.jar", !true);
                    }
                }
                """);
        app("infra", "com/myorg/ApiStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.constructs.Construct;

                public class ApiStack extends Stack {
                    public ApiStack(final Construct scope, final String id) {
                        super(scope, id);
                        Lambdas.javaFunction(this, "Orders", "com.acme.Orders::handleRequest",
                                "../software/orders/target/orders.jar", true);
                        Lambdas.javaFunction(this, "Audit", "com.acme.Audit", "../audit.jar", Boolean.getBoolean("x"));
                        Lambdas.javaFunction(this, "Default");
                    }
                }
                """);
        Deployment deployment = read(dir);
        String stack = "infra/src/main/java/com/myorg/ApiStack.java";
        assertEquals(List.of("Orders", "Audit", "Default"),
                deployment.functions().stream().map(LambdaFunction::name).toList());
        LambdaFunction orders = function(deployment, "Orders");
        assertEquals(new Location(stack, 9, 9), orders.at());
        assertTrue(orders.snapStartOn());
        assertEquals(new Location(stack, 10, 57), orders.snapStart().at());
        assertEquals(new HandlerName("com.acme.Orders", "handleRequest"), orders.handlerName().get());
        assertEquals(dir.resolve("software/orders/target/orders.jar").toAbsolutePath().normalize(),
                codeOf(dir, "Orders"));
        assertUnknown(function(deployment, "Audit").snapStart().value());
        assertFalse(function(deployment, "Default").snapStartOn(), "through the other helper: !true");
        assertEquals("infra/src/main/java/com/myorg/Lambdas.java", function(deployment, "Default").at().path());
    }

    @Test
    void anOverloadedOrUnknownHelperIsNotGuessed() {
        app("infra", "com/myorg/OddStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.SnapStartConf;
                import software.constructs.Construct;

                public class OddStack extends Stack {
                    public OddStack(final Construct scope, final String id) {
                        super(scope, id);
                        fn("A", SnapStartConf.ON_PUBLISHED_VERSIONS);
                        fn("B", "x");
                        Function.Builder.create(this, "C").handler(handler()).snapStart(snap(true)).build();
                    }

                    private Function fn(String id, SnapStartConf snap) {
                        return Function.Builder.create(this, id).handler("com.acme.A").snapStart(snap).build();
                    }

                    private Function fn(String id, String other) {
                        return Function.Builder.create(this, id + other).handler("com.acme.B").build();
                    }

                    private String handler() {
                        if (System.getenv("X") != null) {
                            return "com.acme.X";
                        }
                        return "com.acme.Y";
                    }

                    private SnapStartConf snap(boolean on) {
                        return on ? SnapStartConf.ON_PUBLISHED_VERSIONS : null;
                    }
                }
                """);
        Deployment deployment = read(dir);
        assertEquals(List.of("C"), deployment.functions().stream().map(LambdaFunction::name).toList(),
                "two fn(String, ...) overloads: which one a call runs is not guessed from argument types");
        assertUnknown(function(deployment, "C").handler().value()); // two returns: which one is known when it runs
        assertTrue(function(deployment, "C").snapStartOn(), "one return, its condition known for that call");
    }

    private static java.nio.file.Path codeOf(Path dir, String function) {
        TemplateFiles.Found found = TemplateFiles.find(dir, dir, List.of(), new ArrayList<>());
        TemplateContent content = CdkJavaApp.read(found.templates().get(0), new ArrayList<>(), new ArrayList<>());
        return content.code().stream().filter(c -> c.logicalId().equals(function)).findFirst().orElseThrow().path();
    }

    @Test
    void lookAlikesAreNotConstructs() {
        app("infra", "com/acme/Tools.java", """
                package com.acme;

                import java.util.function.Function;
                import com.acme.collections.Queue;
                import software.amazon.awscdk.App;

                public class Tools {
                    static final Function<String, String> TRIM = String::trim;
                    void run(App app) {
                        Queue q = new Queue(app, "NotAQueue", 5);
                        Function<String, Integer> length = new Function<>() {
                            public Integer apply(String s) { return s.length(); }
                        };
                    }
                }
                """);
        app("infra", "com/acme/Plain.java", """
                package com.acme;
                // no CDK import: read only for its constants
                public class Plain { void x() { new Function(this, "Fn", null); } }
                """);
        Deployment deployment = read(dir);
        assertEquals(List.of(), deployment.functions());
        assertEquals(List.of(), deployment.resources());
        assertEquals(List.of(), deployment.problems());
    }

    @Test
    void aSourceThatDoesNotParseIsAProblemAndTheOthersAreRead() {
        app("infra", "com/myorg/OrdersStack.java", ORDERS_STACK);
        app("infra", "com/myorg/Broken.java", """
                package com.myorg;
                import software.amazon.awscdk.Stack;
                public class Broken extends Stack {
                    void x( {
                }
                """);
        Deployment deployment = read(dir);
        assertEquals(List.of("infra/src/main/java/com/myorg/Broken.java"),
                deployment.problems().stream().map(ParseProblem::relativePath).toList());
        assertTrue(deployment.problems().get(0).message().startsWith("this CDK app source does not parse"));
        assertEquals(List.of("OrdersWorker"), deployment.functions().stream().map(LambdaFunction::name).toList());
    }

    @Test
    void anAppInAnotherLanguageIsReadFromItsCloudAssemblyAndJavaSourceWinsOverIt() {
        Templates.write(dir, "web/cdk.json", "{\"app\": \"npx ts-node bin/web.ts\"}");
        Templates.write(dir, "web/cdk.out/manifest.json", """
                {"artifacts": {"Web": {"type": "aws:cloudformation:stack",
                                       "properties": {"templateFile": "Web.template.json"}}}}
                """);
        Templates.write(dir, "web/cdk.out/Web.template.json", """
                {"Resources": {"WebFn1A2B3C4D": {"Type": "AWS::Lambda::Function",
                                                 "Properties": {"Handler": "com.acme.Web", "Runtime": "java21"}}}}
                """);
        app("infra", "com/myorg/OrdersStack.java", ORDERS_STACK);
        Templates.write(dir, "infra/cdk.out/manifest.json", "{\"artifacts\": {}}");
        Templates.write(dir, "node/cdk.json", "{\"app\": \"node bin/app.js\"}");
        List<ParseProblem> problems = new ArrayList<>();
        TemplateFiles.Found found = TemplateFiles.find(dir, dir, List.of(), problems);
        assertEquals(List.of("infra/cdk.json", "web/cdk.out/Web.template.json"),
                found.templates().stream().map(TemplateFile::relativePath).sorted().toList());
        assertTrue(found.notes().contains("CDK app infra: its Java source is read, not its cdk.out"));
        assertTrue(found.notes().contains("CDK app node is not written in Java and has no cdk.out: run cdk synth for "
                + "lambda-lint to read its stacks"), found.notes().toString());
        assertTrue(found.inputs().contains(dir.resolve("infra/src/main/java/com/myorg/OrdersStack.java")));
    }

    private void app(String folder, String source, String text) {
        Templates.write(dir, folder + "/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        Templates.write(dir, folder + "/pom.xml", "<project/>");
        Templates.write(dir, folder + "/src/main/java/" + source, text);
    }

    private static Deployment read(Path dir) {
        return Templates.read(dir);
    }
}
