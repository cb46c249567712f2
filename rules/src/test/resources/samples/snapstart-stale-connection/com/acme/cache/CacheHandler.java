package com.acme.cache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPooled;

/** Redis connections made during INIT. Lettuce reconnects by itself, Jedis pools start empty: quiet. */
public class CacheHandler implements RequestHandler<String, String> {
    private static final JedisPool POOL = new JedisPool("cache.internal", 6379);
    private static final JedisPooled POOLED = new JedisPooled("cache.internal", 6379);
    private static final StatefulRedisConnection<String, String> LETTUCE =
            RedisClient.create("redis://cache.internal").connect();
    private final Jedis jedis;
    private final Jedis fromPool = POOL.getResource(); // Noncompliant {{A connection borrowed from a pool is opened during INIT of CacheHandler (POOL.getResource())}}

    public CacheHandler() {
        this.jedis = new Jedis("cache.internal", 6379); // Noncompliant {{Redis connection (new Jedis)}} {{via CacheHandler.<init>}}
    }

    @Override
    public String handleRequest(String key, Context context) {
        try (Jedis perCall = POOL.getResource()) {
            return jedis.get(key) + fromPool.get(key) + perCall.get(key) + POOLED.get(key) + LETTUCE.sync().get(key);
        }
    }
}
