package com.acme.jobs;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** No interface: only the template says this is a handler. */
public class Nightly {
    public void run() {
        DynamoDbClient ddb = DynamoDbClient.create();
        ddb.close();
    }
}
