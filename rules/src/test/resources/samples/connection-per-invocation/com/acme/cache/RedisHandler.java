package com.acme.cache;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

/** Redis connections: opened per call (findings) and kept or borrowed (quiet). */
public class RedisHandler implements RequestHandler<String, String> {
    private static final RedisClient LETTUCE = RedisClient.create("redis://cache:6379");
    private static final JedisPool POOL = new JedisPool("cache", 6379);
    private static StatefulRedisConnection<String, String> kept;

    @Override
    public String handleRequest(String key, Context context) {
        try (Jedis jedis = new Jedis("cache", 6379)) { // Noncompliant {{Redis connection (new Jedis)}} {{JedisPool}}
            jedis.get(key);
        }
        try (StatefulRedisConnection<String, String> connection = LETTUCE.connect()) { // Noncompliant {{Lettuce}}
            connection.sync().get(key);
        }
        try (Jedis borrowed = POOL.getResource()) {
            borrowed.get(key);
        }
        JedisPool perCall = new JedisPool("cache", 6379);
        try (Jedis fromNewPool = perCall.getResource()) { // Noncompliant {{JedisPool (Redis connection pool) built in this same invocation}}
            fromNewPool.get(key);
        }
        return keptConnection().sync().get(key);
    }

    private static StatefulRedisConnection<String, String> keptConnection() {
        if (kept == null || !kept.isOpen()) {
            kept = LETTUCE.connect();
        }
        return kept;
    }
}
