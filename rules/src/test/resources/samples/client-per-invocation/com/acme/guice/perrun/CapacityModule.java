package com.acme.guice.perrun;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A singleton of the injector, built again with each injector the handler makes per invocation. */
public class CapacityModule extends AbstractModule {

    @Provides
    @Singleton
    DynamoDbClient dynamoDb() {
        return DynamoDbClient.create(); // Noncompliant {{It runs as part of the start-up of the Guice application context, which is started on every invocation}}
    }

    @Provides
    CapacityStore store(DynamoDbClient dynamoDb) {
        return new CapacityStore(dynamoDb);
    }
}
