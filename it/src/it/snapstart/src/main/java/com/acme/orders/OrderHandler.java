package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import software.amazon.awssdk.services.lambda.LambdaClient;

public class OrderHandler implements RequestHandler<String, String> {
    private static final String INSTANCE = UUID.randomUUID().toString();
    private static final LambdaClient LAMBDA = LambdaClient.create();
    private static Connection db;

    static {
        try {
            db = DriverManager.getConnection(System.getenv("DB_URL"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String handleRequest(String order, Context context) {
        String price = LAMBDA.invoke(r -> r.functionName("pricing")).payload().asUtf8String();
        try (InputStream rates = new java.net.URL("https://rates.example.com").openStream()) {
            Path receipt = Files.createTempFile("receipt", ".pdf");
            Files.write(receipt, rates.readAllBytes());
            return INSTANCE + price + db.getSchema() + receipt;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
