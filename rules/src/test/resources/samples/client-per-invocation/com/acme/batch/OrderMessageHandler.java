package com.acme.batch;

import com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.lambda.powertools.sqs.SqsMessageHandler;

public class OrderMessageHandler implements SqsMessageHandler<Object> {

    @Override
    public Object process(SQSMessage message) {
        DynamoDbClient ddb = DynamoDbClient.create(); // Noncompliant {{is built on every invocation of LegacySqsHandler.handleRequest}}
        return ddb.putItem(r -> r.tableName(message.getBody()));
    }
}
