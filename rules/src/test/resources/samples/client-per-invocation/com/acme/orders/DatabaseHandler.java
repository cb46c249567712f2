package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lettuce.core.RedisClient;
import redis.clients.jedis.JedisPool;

/** Pools and database or cache clients built per invocation. */
public class DatabaseHandler implements RequestHandler<String, String> {
    private static final HikariConfig CONFIG = new HikariConfig();

    @Override
    public String handleRequest(String input, Context context) {
        HikariDataSource pool = new HikariDataSource(CONFIG); // Noncompliant {{HikariDataSource (JDBC connection pool)}}
        MongoClient mongo = MongoClients.create("mongodb://db:27017"); // Noncompliant {{MongoClient (MongoDB client)}}
        JedisPool jedis = new JedisPool("cache", 6379); // Noncompliant
        RedisClient lettuce = RedisClient.create("redis://cache:6379"); // Noncompliant
        return pool.toString() + mongo + jedis + lettuce;
    }
}
