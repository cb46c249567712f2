package com.example.orders.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.example.orders.Order;
import com.example.orders.aws.Clients;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Stores a new order. The mistake: {@link #save} asks {@link Clients#dynamo()} for a client on every call, so
 * every invocation pays for a new client, connection pool and TLS handshake.
 */
public class OrderHandler implements RequestHandler<Map<String, Object>, String> {

    private static final String TABLE = System.getenv().getOrDefault("ORDERS_TABLE", "orders");

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        Order order = Order.from(event);
        save(order);
        context.getLogger().log("stored order " + order.id());
        return order.id();
    }

    private void save(Order order) {
        DynamoDbClient dynamo = Clients.dynamo();
        dynamo.putItem(b -> b.tableName(TABLE).item(Map.of(
                "id", AttributeValue.fromS(order.id()),
                "customerId", AttributeValue.fromS(order.customerId()),
                "totalCents", AttributeValue.fromN(Long.toString(order.totalCents())),
                "currency", AttributeValue.fromS(order.currency()))));
    }
}
