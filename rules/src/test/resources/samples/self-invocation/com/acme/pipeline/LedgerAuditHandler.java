package com.acme.pipeline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Triggered by the stream of LedgerTable for inserts only: its update is filtered out. */
public class LedgerAuditHandler implements RequestHandler<DynamodbEvent, Void> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();

    @Override
    public Void handleRequest(DynamodbEvent event, Context context) {
        DYNAMO.updateItem(r -> r.tableName("acme-ledger").key(Map.of()).updateExpression("SET audited = :t"));
        return null;
    }
}
