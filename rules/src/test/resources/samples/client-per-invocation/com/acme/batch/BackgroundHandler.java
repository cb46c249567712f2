package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Trap: method references handed in the constructor to library calls that are no per-event callbacks (a shutdown
 * hook, a scheduled refresh, a project builder of the same method name): not per-invocation code.
 */
public class BackgroundHandler implements RequestHandler<Map<String, String>, String> {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Object local;

    public BackgroundHandler() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanup));
        executor.scheduleAtFixedRate(this::refresh, 0, 5, TimeUnit.MINUTES);
        local = new LocalBatchBuilder().buildWithMessageHandler(this::store, Order.class);
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return String.valueOf(local);
    }

    private void cleanup() {
        SqsClient sqs = SqsClient.create();
        sqs.close();
    }

    private void refresh() {
        S3Client s3 = S3Client.create();
        s3.listBuckets();
    }

    private void store(Order order) {
        S3Client s3 = S3Client.create();
        s3.putObject(r -> r.bucket("orders").key(order.getId()), java.nio.file.Path.of("/dev/null"));
    }
}
