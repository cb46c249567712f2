package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.crac.Core;
import org.crac.Resource;

/** Connections an afterRestore hook re-opens or evicts. Quiet. */
public class RestoredHandler implements RequestHandler<String, String>, Resource {
    private static final String URL = System.getenv("DB_URL");
    private static final HikariDataSource POOL = new HikariDataSource(new HikariConfig());
    private static Connection db = open();

    public RestoredHandler() {
        Core.getGlobalContext().register(this);
    }

    private static Connection open() {
        try {
            return DriverManager.getConnection(URL);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) throws Exception {
        db.close();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        db = open();
        POOL.getHikariPoolMXBean().softEvictConnections();
    }

    @Override
    public String handleRequest(String id, Context context) {
        try (Connection pooled = POOL.getConnection()) {
            return db.getSchema() + pooled.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
