package com.acme.legacy;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapper;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBMapperConfig;
import com.amazonaws.services.dynamodbv2.datamodeling.DynamoDBScanExpression;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** SDK v1 DynamoDBMapper: built per call next to a shared client, and the ways of building it once. */
public class MapperHandler implements RequestHandler<String, String> {
    private static final AmazonDynamoDB DB = AmazonDynamoDBClientBuilder.defaultClient();
    private static final DynamoDBMapper SHARED = new DynamoDBMapper(DB);
    private final DynamoDBMapper ownMapper;
    private DynamoDBMapper lazyMapper;

    public MapperHandler() {
        ownMapper = new DynamoDBMapper(DB, DynamoDBMapperConfig.DEFAULT);
    }

    @Override
    public String handleRequest(String id, Context context) {
        DynamoDBMapper mapper = new DynamoDBMapper(DB); // Noncompliant {{DynamoDBMapper (AWS SDK v1 DynamoDB mapper) is built on every invocation of MapperHandler.handleRequest}}
        // a config and a scan expression are per-call values, not mappers
        DynamoDBMapperConfig config = DynamoDBMapperConfig.builder().withConsistentReads(DynamoDBMapperConfig.ConsistentReads.CONSISTENT).build();
        DynamoDBScanExpression scan = new DynamoDBScanExpression();
        return mapper.toString() + config + scan + SHARED + ownMapper + lazy() + archive(id);
    }

    private DynamoDBMapper lazy() {
        if (lazyMapper == null) {
            lazyMapper = new DynamoDBMapper(DB);
        }
        return lazyMapper;
    }

    private String archive(String id) {
        DynamoDBMapper archiveMapper = new DynamoDBMapper(DB, DynamoDBMapperConfig.builder().withTableNameOverride(null).build()); // Noncompliant {{DynamoDBMapper}}
        return archiveMapper + id;
    }
}
