package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Without SnapStart, a connection kept from INIT is the recommended reuse. Quiet. */
public class PlainHandler implements RequestHandler<String, String> {
    private static Connection db;

    static {
        try {
            db = DriverManager.getConnection(System.getenv("DB_URL"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String handleRequest(String id, Context context) {
        try {
            return db.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
