package com.acme.db;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.*;
import org.postgresql.ds.PGSimpleDataSource;

/** JDBC connections opened on every invocation. */
public class JdbcHandler implements RequestHandler<String, String> {
    private static final String URL = System.getenv("DB_URL");
    private static final HikariConfig CONFIG = new HikariConfig();
    private static final PGSimpleDataSource SIMPLE = new PGSimpleDataSource();
    private Connection current;

    @Override
    public String handleRequest(String id, Context context) {
        try (Connection db = DriverManager.getConnection(URL, "app", "secret")) { // Noncompliant {{isValid}} {{RDS Proxy}}
            lookUp(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit(id);
        reopen();
        return fromSimple(id) + fromNewPool(id);
    }

    private void audit(String id) {
        try (Connection db = DriverManager.getConnection(URL)) { // Noncompliant {{via JdbcHandler.handleRequest -> JdbcHandler.audit}}
            db.createStatement().execute("insert into audit values ('" + id + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Assigned on every call: the open is the finding, closing the previous one is not another. */
    private void reopen() {
        try {
            if (current != null) {
                current.close();
            }
            current = DriverManager.getConnection(URL); // Noncompliant {{JDBC connection (DriverManager.getConnection)}}
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fromSimple(String id) {
        try (Connection db = SIMPLE.getConnection()) { // Noncompliant {{non-pooling DataSource}}
            return lookUp(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fromNewPool(String id) {
        HikariDataSource pool = new HikariDataSource(CONFIG);
        try (Connection db = pool.getConnection(); // Noncompliant {{HikariDataSource (JDBC connection pool) built in this same invocation}}
             Connection other = new HikariDataSource(CONFIG).getConnection()) { // Noncompliant {{pool starts empty}}
            return lookUp(db, id) + lookUp(other, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lookUp(Connection db, String id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("select name from orders where id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
