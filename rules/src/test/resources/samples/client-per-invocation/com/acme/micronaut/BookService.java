package com.acme.micronaut;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@Singleton
public class BookService {
    private final DynamoDbClient table = DynamoDbClient.create();

    public String title(String isbn) {
        return table.toString() + isbn;
    }
}
