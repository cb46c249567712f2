package com.acme.reconnect;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Helpers that open JDBC connections for ReconnectingHandler; whether each open is per invocation is its caller's. */
public class DbHelper {
    private final String url;

    public DbHelper(String url) {
        this.url = url;
    }

    public Connection refresh(Connection current) throws SQLException {
        if (current == null || !current.isValid(1)) {
            return openOrders();
        }
        return current;
    }

    public Connection openOrders() throws SQLException {
        Connection fresh;
        fresh = DriverManager.getConnection(url + "/orders");
        return fresh;
    }

    public Connection openReporting() throws SQLException {
        return DriverManager.getConnection(url + "/reporting");
    }

    public Connection openLookups() throws SQLException {
        return DriverManager.getConnection(url + "/lookups"); // Noncompliant {{JDBC connection}}
    }

    public Connection refreshArchive(Connection current) throws SQLException {
        if (current == null || !current.isValid(1)) {
            return openArchive();
        }
        return current;
    }

    private Connection openArchive() throws SQLException {
        Connection fresh = DriverManager.getConnection(url + "/archive"); // Noncompliant {{JDBC connection}}
        return fresh;
    }
}
