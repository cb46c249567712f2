package com.acme.lazy;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

public class OrderService {
    private final DynamoDbClient ddb;
    private final S3Client s3;
    private final ObjectMapper mapper;

    public OrderService(DynamoDbClient ddb, S3Client s3, ObjectMapper mapper) {
        this.ddb = ddb;
        this.s3 = s3;
        this.mapper = mapper;
    }

    public String place(String order) {
        return ddb.toString() + s3 + mapper + order;
    }
}
