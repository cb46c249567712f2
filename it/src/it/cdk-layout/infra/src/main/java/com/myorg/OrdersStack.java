package com.myorg;

import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

public class OrdersStack extends Stack {
    private static final String ORDERS_JAR = "../software/orders/target/orders-function-1.0.jar";

    public OrdersStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);

        Queue orders = Queue.Builder.create(this, "OrdersQueue")
                .visibilityTimeout(Duration.minutes(3))
                .build();

        Function worker = Function.Builder.create(this, "OrdersWorker")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler("com.example.orders.Worker::handleRequest")
                .code(Code.fromAsset(ORDERS_JAR))
                .functionName("orders-worker")
                .memorySize(2048)
                .timeout(Duration.seconds(30))
                .environment(Map.of("QUEUE_URL", orders.getQueueUrl()))
                .build();
        worker.addEventSource(new SqsEventSource(orders));

        Function.Builder.create(this, "ReportsFunction")
                .runtime(Runtime.JAVA_21)
                .handler("com.example.reports.Reports")
                .code(Code.fromAsset("../software/reports/target/reports.jar"))
                .build();
    }
}
