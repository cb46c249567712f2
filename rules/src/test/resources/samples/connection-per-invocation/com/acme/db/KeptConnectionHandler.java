package com.acme.db;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The right ways: a kept connection revalidated before reuse, a pool built once and borrowed from. All quiet. */
public class KeptConnectionHandler implements RequestHandler<String, String> {
    private static final String URL = System.getenv("DB_URL");
    private static final HikariDataSource POOL = new HikariDataSource();
    private static final Map<String, Connection> BY_TENANT = new ConcurrentHashMap<>();
    private static Connection connection;
    private static Connection reporting;
    private static Connection orders = open(URL + "/orders");
    private static Connection audit = open(URL + "/audit");

    @Override
    public String handleRequest(String id, Context context) {
        try {
            if (!orders.isValid(2)) {
                orders = DriverManager.getConnection(URL + "/orders");
            }
            return query(connection(), id) + borrowed(id) + reporting().getSchema() + tenant(id).getSchema()
                    + query(orders, id) + audited(id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String audited(String id) throws SQLException {
        try {
            return query(audit, id);
        } catch (SQLException stale) {
            audit = DriverManager.getConnection(URL + "/audit");
            return query(audit, id);
        }
    }

    private static Connection open(String url) {
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connection() throws SQLException {
        if (connection == null || !connection.isValid(2)) {
            if (connection != null) {
                connection.close();
            }
            connection = DriverManager.getConnection(URL);
        }
        return connection;
    }

    private static Connection reporting() throws SQLException {
        if (reporting != null && reporting.isValid(1)) {
            return reporting;
        }
        reporting = DriverManager.getConnection(URL + "/reporting");
        return reporting;
    }

    private static Connection tenant(String id) {
        return BY_TENANT.computeIfAbsent(id.substring(0, 2), t -> {
            try {
                return DriverManager.getConnection(URL + "/" + t);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String borrowed(String id) throws SQLException {
        try (Connection db = POOL.getConnection();
             PreparedStatement statement = db.prepareStatement("select 1 where ? is not null")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.close();
                return "ok";
            }
        }
    }

    private static String query(Connection db, String id) throws SQLException {
        PreparedStatement statement = db.prepareStatement("select name from orders where id = ?");
        statement.setString(1, id);
        ResultSet rows = statement.executeQuery();
        String name = rows.next() ? rows.getString(1) : null;
        rows.close();
        statement.close();
        return name;
    }
}
