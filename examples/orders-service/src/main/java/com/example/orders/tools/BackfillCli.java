package com.example.orders.tools;

import com.example.orders.aws.Clients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An operator's command-line tool, not a Lambda function: it runs once and exits, so building its client in
 * {@code main} is fine and lambda-lint leaves it alone.
 */
public final class BackfillCli {

    private BackfillCli() {
    }

    public static void main(String[] args) {
        try (DynamoDbClient dynamo = Clients.dynamo()) {
            String table = args.length > 0 ? args[0] : "orders";
            long count = dynamo.scanPaginator(b -> b.tableName(table)).items().stream().count();
            System.out.println(table + ": " + count + " items");
        }
    }
}
