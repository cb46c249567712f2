package com.acme.fine;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.http.HttpClient;
import okhttp3.OkHttpClient;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Clients that reconnect on their own after a restore. Quiet. */
public class ClientsHandler implements RequestHandler<String, String> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.create();
    private static final MongoClient MONGO = MongoClients.create(System.getenv("MONGO_URL"));
    private static final OkHttpClient OK_HTTP = new OkHttpClient();
    private static final CloseableHttpClient APACHE = HttpClients.createDefault();
    private static final HttpClient JAVA_HTTP = HttpClient.newHttpClient();

    @Override
    public String handleRequest(String id, Context context) {
        return DYNAMO.toString() + MONGO + OK_HTTP + APACHE + JAVA_HTTP;
    }
}
