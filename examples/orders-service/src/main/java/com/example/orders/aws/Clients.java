package com.example.orders.aws;

import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import java.time.Duration;

/** Factories for the service's AWS clients, with the settings every function shares. */
public final class Clients {

    private Clients() {
    }

    public static Region region() {
        String region = System.getenv("AWS_REGION");
        return region == null ? Region.EU_WEST_1 : Region.of(region);
    }

    /** A new DynamoDB client: cheap to call once, expensive to call on every invocation. */
    public static DynamoDbClient dynamo() {
        return DynamoDbClient.builder()
                .region(region())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(2))
                        .build())
                .build();
    }
}
