package com.acme.recovery;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.apigatewaymanagementapi.ApiGatewayManagementApiClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Keeps its API client, and builds a new one only when the kept one is found shut down (a trap); a client built in
 * a catch that its try did not use is built whenever the try fails, and still reported.
 */
public class ConnectionNotifier implements RequestHandler<String, String> {
    private ApiGatewayManagementApiClient api = ApiGatewayManagementApiClient.create();
    private SqsClient sqs;

    @Override
    public String handleRequest(String connectionId, Context context) {
        try {
            api.getConnection(r -> r.connectionId(connectionId));
        } catch (IllegalStateException e) {
            api = ApiGatewayManagementApiClient.create();
        }
        try {
            return Integer.toString(Integer.parseInt(connectionId));
        } catch (NumberFormatException e) {
            sqs = SqsClient.create(); // Noncompliant {{SqsClient (AWS SDK v2 service client) is built on every invocation}}
            return "not a number";
        }
    }
}
