package com.acme.shared;

import static com.acme.shared.Clients.DYNAMO;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.sql.SQLException;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Clients built once but closed on every invocation: the next invocation gets a closed client. */
public class ClosingHandler implements RequestHandler<String, String> {
    private static final S3Client S3 = S3Client.create();
    private static final SqsClient SQS = SqsClient.create();
    private static final HikariDataSource POOL = new HikariDataSource();
    private final CloseableHttpClient http = HttpClients.createDefault();
    private final CloseableHttpClient fromConstructor;

    public ClosingHandler() {
        fromConstructor = HttpClients.createDefault();
    }

    @Override
    public String handleRequest(String key, Context context) {
        try {
            S3.getObjectAsBytes(b -> b.bucket("b").key(key));
        } finally {
            S3.close(); // Noncompliant {{S3 (S3Client) is built once per execution environment but is closed on every invocation of ClosingHandler.handleRequest}}
        }
        try (SQS) { // Noncompliant {{try-with-resources}}
            SQS.sendMessage(b -> b.messageBody(key));
        }
        try (DynamoDbClient ddb = DYNAMO) { // Noncompliant {{DYNAMO (DynamoDbClient)}}
            ddb.describeEndpoints();
        }
        try {
            http.close(); // Noncompliant {{CloseableHttpClient}}
            this.fromConstructor.close(); // Noncompliant
            Clients.DB.close(); // Noncompliant {{DB (Connection)}}
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(e);
        }
        POOL.close(); // Noncompliant {{POOL (HikariDataSource)}}
        try (Exporter exporter = new Exporter()) {
            exporter.export(key);
            exporter.close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        S3Client perCall = S3Client.create();
        perCall.close();
        try (SqsClient alsoPerCall = SqsClient.create()) {
            alsoPerCall.listQueues();
        }
        return key;
    }
}
