package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.handler.BatchMessageHandler;

/**
 * The batch handler, built once in the constructor, calls processMessage per message: a file per message in /tmp.
 * Traps: archive deletes what it writes; the scheduled snapshot is no per-invocation code.
 */
public class ProductBatchHandler extends AbstractProductHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final BatchMessageHandler<SQSEvent, SQSBatchResponse> handler;
    private final BatchMessageHandler<SQSEvent, SQSBatchResponse> archiver;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();

    public ProductBatchHandler() {
        handler = new BatchMessageHandlerBuilder()
                .withSqsBatchHandler()
                .buildWithMessageHandler(this::processMessage, Product.class);
        archiver = new BatchMessageHandlerBuilder()
                .withSqsBatchHandler()
                .buildWithMessageHandler(this::archive, Product.class);
        executor.scheduleAtFixedRate(this::snapshot, 1, 1, TimeUnit.HOURS);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        archiver.processBatch(event, context);
        return handler.processBatch(event, context);
    }

    private void snapshot() {
        try {
            Files.writeString(Path.of("/tmp", UUID.randomUUID() + ".snap"), "state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
