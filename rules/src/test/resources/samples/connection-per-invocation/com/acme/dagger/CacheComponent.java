package com.acme.dagger;

import dagger.Component;
import javax.inject.Singleton;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;

@Singleton
@Component(modules = CacheModule.class)
public interface CacheComponent {
    Jedis jedis();

    JedisPool pool();
}
