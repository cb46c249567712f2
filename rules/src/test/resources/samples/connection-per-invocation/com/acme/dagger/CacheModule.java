package com.acme.dagger;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

@Module
public class CacheModule {
    /** Unscoped: each call of the component's jedis() opens a connection, however long the component lives. */
    @Provides
    static Jedis jedis() {
        return new Jedis("cache", 6379); // Noncompliant {{Redis connection (new Jedis)}}
    }

    @Provides
    @Singleton
    static JedisPool pool() {
        return new JedisPool("cache", 6379); // once per component, and the handler keeps its component
    }
}
