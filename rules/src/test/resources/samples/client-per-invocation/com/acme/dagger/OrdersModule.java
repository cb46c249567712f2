package com.acme.dagger;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import javax.inject.Named;
import javax.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

@Module(includes = StoreModule.class)
public abstract class OrdersModule {
    @Provides
    @Singleton
    static DynamoDbClient dynamo() {
        // singleton within its component, which PerRequestOrdersHandler makes anew on every invocation
        return DynamoDbClient.create(); // Noncompliant {{PerRequestOrdersHandler.handleRequest}}
    }

    @Provides
    @Named("audit")
    static SqsClient auditQueue() {
        return SqsClient.builder().build(); // Noncompliant {{PerRequestOrdersHandler}}
    }

    @Provides
    @Singleton
    @Named("archive")
    static SqsClient archiveQueue() {
        return SqsClient.create(); // a qualifier nothing the handler uses asks for
    }

    @Binds
    abstract OrderStore store(DynamoOrderStore impl);
}
