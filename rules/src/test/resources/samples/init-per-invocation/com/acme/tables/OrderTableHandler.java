package com.acme.tables;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;

/** The table schema reflected from the bean class again on every request, inline and through a helper. */
public class OrderTableHandler implements RequestHandler<Map<String, String>, String> {
    private static final DynamoDbEnhancedClient ENHANCED = DynamoDbEnhancedClient.create();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        DynamoDbTable<OrderItem> table = ENHANCED.table("orders", TableSchema.fromBean(OrderItem.class)); // Noncompliant {{TableSchema (DynamoDB Enhanced Client) is built on every invocation of OrderTableHandler.handleRequest}}
        OrderItem item = table.getItem(Key.builder().partitionValue(event.get("id")).build());
        archive(item);
        return item == null ? "missing" : item.getId();
    }

    private void archive(OrderItem item) {
        ENHANCED.table("archive", BeanTableSchema.create(OrderItem.class)).putItem(item); // Noncompliant {{BeanTableSchema (DynamoDB Enhanced Client)}}
    }
}
