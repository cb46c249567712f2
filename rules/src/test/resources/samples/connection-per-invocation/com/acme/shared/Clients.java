package com.acme.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Clients kept for the life of the execution environment. */
public final class Clients {
    public static final DynamoDbClient DYNAMO = DynamoDbClient.create();
    public static final Connection DB;

    static {
        try {
            DB = DriverManager.getConnection(System.getenv("DB_URL"));
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DYNAMO.close()));
    }

    private Clients() {
    }
}
