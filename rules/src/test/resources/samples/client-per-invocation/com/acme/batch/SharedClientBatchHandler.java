package com.acme.batch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.lambda.powertools.batch.BatchMessageHandlerBuilder;
import software.amazon.lambda.powertools.batch.handler.BatchMessageHandler;

/** Trap: the callback runs per message, but the client it uses is built once, in a static field. */
public class SharedClientBatchHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final DynamoDbClient DDB = DynamoDbClient.create();
    private final DynamoDbClient kept;
    private final BatchMessageHandler<SQSEvent, SQSBatchResponse> handler;

    public SharedClientBatchHandler() {
        kept = DynamoDbClient.create();
        handler = new BatchMessageHandlerBuilder()
                .withSqsBatchHandler()
                .buildWithMessageHandler(this::save, Order.class);
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return handler.processBatch(event, context);
    }

    private void save(Order order) {
        DDB.putItem(r -> r.tableName("orders").item(java.util.Map.of()));
        kept.putItem(r -> r.tableName("audit"));
    }
}
