package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import redis.clients.jedis.Jedis;

/** One component per execution environment, asked on every invocation. */
public class CachedLookupHandler implements RequestHandler<String, String> {
    private static final CacheComponent CACHE = DaggerCacheComponent.create();

    @Override
    public String handleRequest(String key, Context context) {
        try (Jedis borrowed = CACHE.pool().getResource()) {
            borrowed.get(key);
        }
        try (Jedis fresh = CACHE.jedis()) {
            return fresh.get(key);
        }
    }
}
