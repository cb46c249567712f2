package dev.lambdalint.deploy;

import static dev.lambdalint.deploy.Templates.assertLiteral;
import static dev.lambdalint.deploy.Templates.assertUnknown;
import static dev.lambdalint.deploy.Templates.env;
import static dev.lambdalint.deploy.Templates.function;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CDK Java apps as real ones are written: construct classes of their own, and props objects handed on. */
class CdkConstructsTest {
    @TempDir
    Path dir;

    private static final String ORDER_SERVICE = """
            package com.myorg;

            import software.amazon.awscdk.Duration;
            import software.amazon.awscdk.services.lambda.Code;
            import software.amazon.awscdk.services.lambda.Function;
            import software.amazon.awscdk.services.lambda.Runtime;
            import software.amazon.awscdk.services.lambda.SnapStartConf;
            import software.amazon.awscdk.services.sqs.Queue;
            import software.constructs.Construct;

            public class OrderService extends Construct {
                private final Function handler;

                public OrderService(final Construct scope, final String id, final OrderServiceProps props) {
                    super(scope, id);
                    Queue dead = Queue.Builder.create(this, "Dead").build();
                    this.handler = Function.Builder.create(this, "Handler")
                            .runtime(Runtime.JAVA_21)
                            .handler(props.getHandler())
                            .memorySize(props.getMemorySize())
                            .timeout(Duration.seconds(20))
                            .snapStart(props.isSnapStart() ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                            .code(Code.fromAsset(props.getJar()))
                            .environment(java.util.Map.of("DEAD_LETTERS", dead.getQueueUrl()))
                            .build();
                }

                public Function getHandler() {
                    return handler;
                }
            }
            """;

    private static final String ORDER_SERVICE_PROPS = """
            package com.myorg;

            public class OrderServiceProps {
                private final String handler;
                private final Number memorySize;
                private final boolean snapStart;
                private final String jar;

                private OrderServiceProps(Builder builder) {
                    this.handler = builder.handler;
                    this.memorySize = builder.memorySize;
                    this.snapStart = builder.snapStart;
                    this.jar = builder.jar;
                }

                public static Builder builder() {
                    return new Builder();
                }

                public String getHandler() { return handler; }
                public Number getMemorySize() { return memorySize; }
                public boolean isSnapStart() { return snapStart; }
                public String getJar() { return jar; }

                public static final class Builder {
                    private String handler;
                    private Number memorySize;
                    private boolean snapStart;
                    private String jar;
                    public Builder handler(String handler) { this.handler = handler; return this; }
                    public Builder memorySize(Number memorySize) { this.memorySize = memorySize; return this; }
                    public Builder snapStart(boolean snapStart) { this.snapStart = snapStart; return this; }
                    public Builder jar(String jar) { this.jar = jar; return this; }
                    public OrderServiceProps build() { return new OrderServiceProps(this); }
                }
            }
            """;

    @Test
    void eachInstanceOfAConstructClassIsAFunctionOfItsOwnReadWithItsProps() {
        app("com/myorg/OrderService.java", ORDER_SERVICE);
        app("com/myorg/OrderServiceProps.java", ORDER_SERVICE_PROPS);
        app("com/myorg/ShopStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.constructs.Construct;

                public class ShopStack extends Stack {
                    public ShopStack(final Construct scope, final String id) {
                        super(scope, id);
                        new OrderService(this, "Orders", OrderServiceProps.builder()
                                .handler("com.acme.orders.Orders::handleRequest")
                                .memorySize(2048)
                                .snapStart(true)
                                .jar("../software/orders/target/orders.jar")
                                .build());
                        OrderServiceProps payments = OrderServiceProps.builder()
                                .handler("com.acme.payments.Payments")
                                .memorySize(512)
                                .jar("../software/payments/target/payments.jar")
                                .build();
                        new OrderService(this, "Payments", payments);
                        new OrderService(this, "Picked", OrderServiceProps.builder()
                                .handler(System.getenv("HANDLER")).memorySize(256).build());
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        String stack = "infra/src/main/java/com/myorg/ShopStack.java";
        String construct = "infra/src/main/java/com/myorg/OrderService.java";
        assertEquals(List.of("OrdersHandler", "PaymentsHandler", "PickedHandler"),
                deployment.functions().stream().map(LambdaFunction::name).toList(),
                "one function per instance, named by its construct path as the CDK names its logical id");
        LambdaFunction orders = function(deployment, "OrdersHandler");
        assertEquals(new Location(stack, 9, 9), orders.at(), "at the new that makes it");
        assertEquals(new HandlerName("com.acme.orders.Orders", "handleRequest"), orders.handlerName().get());
        assertEquals(new Location(stack, 10, 26), orders.handler().at(), "where the props object is given it");
        assertEquals(new Location(stack, 11, 29), orders.memoryMb().at());
        assertEquals(new Location(stack, 12, 28), orders.snapStart().at());
        assertLiteral("2048", orders.memoryMb().value());
        assertLiteral("20", orders.timeoutSeconds().value());
        assertTrue(orders.snapStartOn(), "props.isSnapStart() of snapStart(true)");
        assertEquals(new Value.ResourceRef(construct, "OrdersDead", "AWS::SQS::Queue", "QueueUrl"),
                env(orders, "DEAD_LETTERS"), "the queue of the same instance");
        assertEquals(dir.resolve("software/orders/target/orders.jar").toAbsolutePath().normalize(),
                codeOf("OrdersHandler"));

        LambdaFunction payments = function(deployment, "PaymentsHandler");
        assertEquals(new Location(stack, 20, 9), payments.at());
        assertLiteral("com.acme.payments.Payments", payments.handler().value());
        assertLiteral("512", payments.memoryMb().value());
        assertFalse(payments.snapStartOn());
        assertUnknown(payments.snapStart().value()); // not set on that builder: a builder may default it
        assertEquals(dir.resolve("software/payments/target/payments.jar").toAbsolutePath().normalize(),
                codeOf("PaymentsHandler"));

        LambdaFunction picked = function(deployment, "PickedHandler");
        assertUnknown(picked.handler().value());
        assertTrue(picked.handlerName().isEmpty(), "a handler computed when the app runs stays unknown");
        assertLiteral("256", picked.memoryMb().value());

        assertEquals(List.of("OrdersDead", "OrdersHandler", "PaymentsDead", "PaymentsHandler", "PickedDead",
                        "PickedHandler"),
                deployment.resources().stream().map(CloudResource::logicalId).sorted().toList());
        assertTrue(deployment.notes().contains("read the Function at " + construct + ":17 once per instance of the "
                + "construct OrderService: 3 instances"), deployment.notes().toString());
    }

    @Test
    void aConstructNeverCreatedOrCreatedOnlyByAnotherAppsMainDeclaresNothing() {
        app("com/myorg/OrderService.java", ORDER_SERVICE);
        app("com/myorg/OrderServiceProps.java", ORDER_SERVICE_PROPS);
        app("com/myorg/Unused.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.constructs.Construct;

                public class Unused extends Construct {
                    public Unused(Construct scope, String id) {
                        super(scope, id);
                        Function.Builder.create(this, "Fn").handler("com.acme.Unused").memorySize(4096).build();
                    }
                }
                """);
        app("com/myorg/Sandbox.java", """
                package com.myorg;

                import software.amazon.awscdk.App;
                import software.amazon.awscdk.Stack;

                public class Sandbox {
                    public static void main(final String[] args) {
                        App app = new App();
                        Stack stack = new Stack(app, "Sandbox");
                        new OrderService(stack, "Try", OrderServiceProps.builder().handler("com.acme.Try").build());
                        app.synth();
                    }
                }
                """);
        app("com/myorg/ShopApp.java", """
                package com.myorg;

                import software.amazon.awscdk.App;
                import software.amazon.awscdk.Stack;

                public class ShopApp {
                    public static void main(final String[] args) {
                        App app = new App();
                        Stack stack = new Stack(app, "Shop");
                        new OrderService(stack, "Orders", OrderServiceProps.builder().handler("com.acme.Orders")
                                .memorySize(1024).build());
                        app.synth();
                    }
                }
                """);
        Templates.write(dir, "infra/pom.xml", """
                <project><build><plugins><plugin>
                  <groupId>org.codehaus.mojo</groupId><artifactId>exec-maven-plugin</artifactId>
                  <configuration><mainClass>com.myorg.ShopApp</mainClass></configuration>
                </plugin></plugins></build></project>
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of("OrdersHandler"), deployment.functions().stream().map(LambdaFunction::name).toList(),
                "Sandbox.main is not the app's main class: its construct is never synthesized; Unused is never made");
        assertLiteral("1024", function(deployment, "OrdersHandler").memoryMb().value());
        assertTrue(deployment.notes().contains("skipped the Function at infra/src/main/java/com/myorg/Unused.java:9: "
                + "no code the app runs creates it (a construct class never instantiated, or one only a main other "
                + "than the app's uses)"), deployment.notes().toString());
    }

    @Test
    void withoutANamedMainClassAMainThatNeverSynthesizesDoesNotCount() {
        app("com/myorg/OrderService.java", ORDER_SERVICE);
        app("com/myorg/OrderServiceProps.java", ORDER_SERVICE_PROPS);
        app("com/myorg/Scratch.java", """
                package com.myorg;

                import software.amazon.awscdk.App;
                import software.amazon.awscdk.Stack;

                public class Scratch {
                    public static void main(final String[] args) {
                        new OrderService(new Stack(new App(), "S"), "Try", OrderServiceProps.builder().build());
                    }
                }
                """);
        assertEquals(List.of(), Templates.read(dir).functions());
    }

    @Test
    void constructsNestedInConstructsThroughThisAndSuperAndOverloadedConstructors() {
        app("com/myorg/JavaService.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.constructs.Construct;

                public class JavaService extends Construct {
                    public JavaService(Construct scope, String id, String handler, Number memory) {
                        super(scope, id + "Service");
                        Function.Builder.create(this, "Fn").runtime(Runtime.JAVA_21).handler(handler)
                                .memorySize(memory).build();
                    }

                    public JavaService(Construct scope, String id, String handler) {
                        this(scope, id, handler, 1769);
                    }
                }
                """);
        app("com/myorg/Api.java", """
                package com.myorg;

                import software.constructs.Construct;

                public class Api extends JavaService {
                    public Api(Construct scope, String id) {
                        super(scope, id, "com.acme.Api");
                        new JavaService(this, "Auth", "com.acme.Auth", 256);
                    }
                }
                """);
        app("com/myorg/Odd.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.constructs.Construct;

                public class Odd extends Construct {
                    public Odd(Construct scope, String id, String handler) {
                        super(scope, id);
                        Function.Builder.create(this, "Fn").handler(handler).build();
                    }

                    public Odd(Construct scope, String id, Number memory) {
                        super(scope, id);
                        Function.Builder.create(this, "Fn").handler("com.acme.Odd").memorySize(memory).build();
                    }
                }
                """);
        app("com/myorg/ApiStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.constructs.Construct;

                public class ApiStack extends Stack {
                    public ApiStack(Construct scope, String id) {
                        super(scope, id);
                        new Api(this, "Public");
                        new Odd(this, "Guess", "com.acme.Which");
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertEquals(List.of("PublicServiceAuthServiceFn", "PublicServiceFn"),
                deployment.functions().stream().map(LambdaFunction::name).sorted().toList(),
                "Odd's two constructors of three parameters: which one a new runs is not guessed");
        LambdaFunction api = function(deployment, "PublicServiceFn");
        assertLiteral("com.acme.Api", api.handler().value());
        assertLiteral("1769", api.memoryMb().value()); // the default this(...) hands on
        LambdaFunction auth = function(deployment, "PublicServiceAuthServiceFn");
        assertLiteral("com.acme.Auth", auth.handler().value());
        assertLiteral("256", auth.memoryMb().value());
        assertEquals("infra/src/main/java/com/myorg/Api.java", auth.at().path());
    }

    @Test
    void functionPropsBuiltInOneMethodAndHandedToAHelperOrAConstruct() {
        app("com/myorg/Workers.java", """
                package com.myorg;

                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.FunctionProps;
                import software.constructs.Construct;

                public class Workers extends Construct {
                    public Workers(Construct scope, String id, FunctionProps props) {
                        super(scope, id);
                        new Function(this, "Worker", props);
                    }
                }
                """);
        app("com/myorg/JobsStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Duration;
                import software.amazon.awscdk.Stack;
                import software.amazon.awscdk.services.lambda.Function;
                import software.amazon.awscdk.services.lambda.FunctionProps;
                import software.amazon.awscdk.services.lambda.Runtime;
                import software.amazon.awscdk.services.lambda.SnapStartConf;
                import software.constructs.Construct;

                public class JobsStack extends Stack {
                    public JobsStack(Construct scope, String id) {
                        super(scope, id);
                        FunctionProps nightly = FunctionProps.builder().runtime(Runtime.JAVA_21)
                                .handler("com.acme.Nightly").memorySize(3008).timeout(Duration.minutes(5)).build();
                        createFunction("Nightly", nightly);
                        createFunction("Hourly", FunctionProps.builder().runtime(Runtime.JAVA_21)
                                .handler("com.acme.Hourly").snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS).build());
                        new Workers(this, "Batch", FunctionProps.builder().runtime(Runtime.JAVA_21)
                                .handler("com.acme.Batch").memorySize(1024).build());
                        createFunction("Dynamic", props());
                    }

                    private Function createFunction(String id, FunctionProps props) {
                        return new Function(this, id, props);
                    }

                    private FunctionProps props() {
                        return FunctionProps.builder().handler(System.getProperty("handler")).build();
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        String stack = "infra/src/main/java/com/myorg/JobsStack.java";
        assertEquals(List.of("Nightly", "Hourly", "Dynamic", "BatchWorker"),
                deployment.functions().stream().map(LambdaFunction::name).sorted(
                        java.util.Comparator.comparing(n -> n.equals("BatchWorker"))).toList());
        LambdaFunction nightly = function(deployment, "Nightly");
        assertLiteral("com.acme.Nightly", nightly.handler().value());
        assertLiteral("3008", nightly.memoryMb().value());
        assertEquals(15, nightly.memoryMb().at().line(), "where the props set it");
        assertEquals(stack, nightly.memoryMb().at().path());
        assertLiteral("300", nightly.timeoutSeconds().value());
        assertTrue(function(deployment, "Hourly").snapStartOn());
        assertEquals(18, function(deployment, "Hourly").snapStart().at().line());
        assertLiteral("1024", function(deployment, "BatchWorker").memoryMb().value());
        assertEquals(new Location(stack, 20, 18), function(deployment, "BatchWorker").handler().at());
        assertUnknown(function(deployment, "Dynamic").handler().value());
        assertTrue(deployment.functions().stream().noneMatch(f -> f.name().equals("Batch")),
                "props a construct of the app takes are not that construct's own function");
    }

    @Test
    void recordsAndClassesWithAConstructorGiveTheirPropertiesPerInstance() {
        app("com/myorg/Sized.java", """
                package com.myorg;

                import software.amazon.awscdk.Duration;
                import software.amazon.awscdk.services.lambda.Function;
                import software.constructs.Construct;

                public class Sized extends Construct {
                    public record Settings(String handler, int memory) {
                    }

                    public static final class Limits {
                        private final int timeout;
                        public Limits(int timeout) { this.timeout = timeout; }
                        public int getTimeout() { return timeout; }
                    }

                    public Sized(Construct scope, String id, Settings settings, Limits limits) {
                        super(scope, id);
                        Function.Builder.create(this, "Fn").handler(settings.handler())
                                .memorySize(settings.memory())
                                .timeout(Duration.seconds(limits.getTimeout())).build();
                    }
                }
                """);
        app("com/myorg/SizedStack.java", """
                package com.myorg;

                import software.amazon.awscdk.Stack;
                import software.constructs.Construct;

                public class SizedStack extends Stack {
                    public SizedStack(Construct scope, String id) {
                        super(scope, id);
                        new Sized(this, "Small", new Sized.Settings("com.acme.Small", 256), new Sized.Limits(10));
                        new Sized(this, "Large", new Sized.Settings("com.acme.Large", 4096), new Sized.Limits(60));
                    }
                }
                """);
        Deployment deployment = Templates.read(dir);
        assertLiteral("256", function(deployment, "SmallFn").memoryMb().value());
        assertLiteral("10", function(deployment, "SmallFn").timeoutSeconds().value());
        assertLiteral("com.acme.Large", function(deployment, "LargeFn").handler().value());
        assertLiteral("4096", function(deployment, "LargeFn").memoryMb().value());
        assertLiteral("60", function(deployment, "LargeFn").timeoutSeconds().value());
    }

    @Test
    void logicalIdsAreMadeAsTheCdkMakesThem() {
        assertEquals("OrdersHandler", CdkConstructs.logicalId(List.of("Orders", "Handler")));
        assertEquals("OrdersHandler", CdkConstructs.logicalId(List.of("Orders", "Default", "Handler")));
        assertEquals("OrdersHandler", CdkConstructs.logicalId(List.of("Orders", "Orders", "Handler")));
        assertEquals("OrderssvcFn1", CdkConstructs.logicalId(List.of("Orders-svc", "Fn_1")));
        assertEquals("Fn-1_ON_DEMAND", CdkConstructs.logicalId(List.of("Fn-1_ON_DEMAND")), "in the stack: as written");
    }

    private java.nio.file.Path codeOf(String function) {
        TemplateFiles.Found found = TemplateFiles.find(dir, dir, List.of(), new ArrayList<>());
        TemplateContent content = CdkJavaApp.read(found.templates().get(0), new ArrayList<>(), new ArrayList<>());
        return content.code().stream().filter(c -> c.logicalId().equals(function)).findFirst().orElseThrow().path();
    }

    private void app(String source, String text) {
        Templates.write(dir, "infra/cdk.json", "{\"app\": \"mvn -e -q compile exec:java\"}");
        if (!java.nio.file.Files.exists(dir.resolve("infra/pom.xml"))) {
            Templates.write(dir, "infra/pom.xml", "<project/>");
        }
        Templates.write(dir, "infra/src/main/java/" + source, text);
    }
}
