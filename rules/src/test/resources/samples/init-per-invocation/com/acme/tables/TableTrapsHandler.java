package com.acme.tables;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

/**
 * Table schemas built once: in a static field, in the constructor, behind a null test; one built from a class the
 * event names, which is not the same class every time; and one in a main method no handler reaches.
 */
public class TableTrapsHandler implements RequestHandler<Map<String, String>, String> {
    private static final TableSchema<OrderItem> ORDERS = TableSchema.fromBean(OrderItem.class);
    private final DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.create();
    private final DynamoDbTable<OrderItem> archive;
    private TableSchema<OrderItem> lazy;

    public TableTrapsHandler() {
        archive = enhanced.table("archive", TableSchema.fromImmutableClass(OrderItem.class));
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        if (lazy == null) {
            lazy = TableSchema.fromBean(OrderItem.class);
        }
        enhanced.table("orders", ORDERS).scan();
        enhanced.table("lazy", lazy).scan();
        archive.scan();
        return schemaOf(event.get("type")).itemType().toString();
    }

    private TableSchema<?> schemaOf(String className) {
        try {
            return TableSchema.fromClass(Class.forName(className));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(className, e);
        }
    }

    public static void main(String[] args) {
        DynamoDbEnhancedClient.create().table("orders", TableSchema.fromBean(OrderItem.class)).createTable();
    }
}
