package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.common.cache.CacheBuilder;
import java.time.Duration;

/** Caffeine and Guava caches: unbounded ones are findings, bounded ones are not. */
public class CachesHandler implements RequestHandler<Order, String> {
    private static final Cache<String, String> NAMES = Caffeine.newBuilder().recordStats().build(); // Noncompliant {{built with no maximumSize, maximumWeight or expiry}}
    private static final com.google.common.cache.Cache<String, Order> GUAVA = CacheBuilder.newBuilder().build(); // Noncompliant {{Guava cache built with no maximumSize}}
    private static final LoadingCache<String, String> LOADED = Caffeine.newBuilder().build(k -> k.trim()); // Noncompliant {{get at}}

    private static final Cache<String, String> SIZED = Caffeine.newBuilder().maximumSize(10_000).build();
    private static final Cache<String, String> EXPIRING = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private static final com.google.common.cache.Cache<String, String> GUAVA_SIZED =
            CacheBuilder.newBuilder().expireAfterAccess(Duration.ofMinutes(1)).maximumSize(100).build();
    private static final com.google.common.cache.Cache<String, String> GUAVA_WEIGHED = guavaWeighed();
    private final Cache<String, String> injected;

    public CachesHandler() {
        this(Caffeine.newBuilder().maximumWeight(1 << 20).weigher((String k, String v) -> v.length()).build());
    }

    CachesHandler(Cache<String, String> injected) {
        this.injected = injected;
    }

    private static com.google.common.cache.Cache<String, String> guavaWeighed() {
        return CacheBuilder.newBuilder().maximumWeight(1 << 20).build();
    }

    @Override
    public String handleRequest(Order order, Context context) {
        String name = NAMES.get(order.customer(), c -> c.toUpperCase());
        GUAVA.put(order.id(), order);
        String loaded = LOADED.get(order.region());
        SIZED.put(order.id(), name);
        EXPIRING.get(order.id(), id -> loaded);
        GUAVA_SIZED.put(order.id(), name);
        GUAVA_WEIGHED.put(order.id(), name);
        injected.put(order.id(), name);
        return name + SIZED.getIfPresent(order.id());
    }
}
