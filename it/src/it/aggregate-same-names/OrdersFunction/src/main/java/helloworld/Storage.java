package helloworld;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The same class name as the other module's, with other code. */
public class Storage {
    private static final DynamoDbClient TABLE = DynamoDbClient.create();

    public String put(String item) {
        return TABLE.toString() + item;
    }
}
