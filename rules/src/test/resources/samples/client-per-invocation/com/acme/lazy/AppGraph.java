package com.acme.lazy;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/** A lazily built singleton dependency graph: its factory builds every dependency, once. */
public final class AppGraph {
    private static volatile AppGraph instance;

    private final DynamoDbClient ddb;
    private final OrderService orders;

    private AppGraph(DynamoDbClient ddb, OrderService orders) {
        this.ddb = ddb;
        this.orders = orders;
    }

    public static AppGraph get() {
        AppGraph local = instance;
        if (local == null) {
            synchronized (AppGraph.class) {
                local = instance;
                if (local == null) {
                    instance = local = build();
                }
            }
        }
        return local;
    }

    private static AppGraph build() {
        DynamoDbClient ddb = DynamoDbClient.create();
        return new AppGraph(ddb, new OrderService(ddb, S3Client.create(), new ObjectMapper()));
    }

    public OrderService orders() {
        return orders;
    }

    public DynamoDbClient ddb() {
        return ddb;
    }

    /** Dependencies a service locator hands out, each built on first use. */
    public static final class Locator {
        private static final java.util.Map<Class<?>, Object> SERVICES = new java.util.concurrent.ConcurrentHashMap<>();

        private Locator() {
        }

        public static <T> T get(Class<T> type) {
            return type.cast(SERVICES.computeIfAbsent(type, Locator::create));
        }

        private static Object create(Class<?> type) {
            return type == S3Client.class ? S3Client.create() : DynamoDbClient.create();
        }
    }
}
