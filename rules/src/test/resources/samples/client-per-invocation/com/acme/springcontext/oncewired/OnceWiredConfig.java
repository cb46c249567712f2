package com.acme.springcontext.oncewired;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Scanned by an application that its handler starts once, in a static field. */
@Configuration
public class OnceWiredConfig {

    @Bean
    public DynamoDbClient table() {
        return DynamoDbClient.create();
    }
}
