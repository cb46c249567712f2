package com.acme.springcontext.once;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Built once per context; every handler of this package starts the context once per execution environment. */
@Configuration
public class ArchiveConfig {

    @Bean
    public DynamoDbClient dynamo() {
        return DynamoDbClient.create();
    }
}
