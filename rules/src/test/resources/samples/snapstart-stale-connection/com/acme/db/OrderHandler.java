package com.acme.db;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** JDBC connections and pools opened during INIT and kept. */
public class OrderHandler implements RequestHandler<String, String> {
    private static final String URL = System.getenv("DB_URL");
    private static final HikariDataSource POOL = new HikariDataSource(config()); // Noncompliant {{A HikariCP pool built during INIT of OrderHandler (new HikariDataSource(config())) and kept in POOL opens its idle connections at once}} {{minimumIdle 0}}
    private static final HikariDataSource LAZY_POOL = new HikariDataSource();
    private static final HikariDataSource NO_IDLE_POOL;
    private static final PGSimpleDataSource SIMPLE = new PGSimpleDataSource();
    private static Connection orders;
    private static Connection reports = open(URL + "/reports");
    private static Connection borrowed;
    private static Connection fromSimple;
    private static Connection reconnected;

    static {
        HikariConfig noIdle = new HikariConfig();
        noIdle.setJdbcUrl(URL);
        noIdle.setMinimumIdle(0);
        NO_IDLE_POOL = new HikariDataSource(noIdle);
        try {
            orders = DriverManager.getConnection(URL + "/orders"); // Noncompliant {{A JDBC connection (DriverManager.getConnection) is opened during INIT of OrderHandler (DriverManager.getConnection(URL + "/orders")) and kept in orders}} {{SnapStart is on for orders (serverless.yml:8)}}
            borrowed = LAZY_POOL.getConnection(); // Noncompliant {{connection borrowed from a pool}}
            fromSimple = SIMPLE.getConnection(); // Noncompliant {{non-pooling DataSource}}
            reconnected = DriverManager.getConnection(URL);
            try (Connection priming = DriverManager.getConnection(URL)) {
                priming.createStatement().execute("select 1");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setMaximumPoolSize(2);
        return config;
    }

    private static Connection open(String url) {
        try {
            return DriverManager.getConnection(url); // Noncompliant {{kept in reports}} {{via OrderHandler.<clinit> -> OrderHandler.open}}
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String handleRequest(String id, Context context) {
        try {
            if (reconnected == null || !reconnected.isValid(2)) {
                reconnected = DriverManager.getConnection(URL);
            }
            DataSource pool = id.isEmpty() ? NO_IDLE_POOL : POOL;
            try (Connection db = pool.getConnection()) {
                return db.getSchema() + orders.getSchema() + reports.getSchema() + borrowed.getSchema()
                        + fromSimple.getSchema() + reconnected.getSchema();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws SQLException {
        orders = DriverManager.getConnection(args[0]);
    }
}
