package com.acme.tools;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** A command-line tool no handler reaches: not judged. */
public class Cli {
    public static void main(String[] args) {
        DynamoDbClient ddb = DynamoDbClient.create();
        new Cli().run();
    }

    void run() {
        S3Client.create();
    }
}
