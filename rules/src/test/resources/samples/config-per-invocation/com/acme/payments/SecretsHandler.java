package com.acme.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerAsyncClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;

/** Secrets Manager secrets fetched on every call, by constant name, env var or a field set at init. */
public class SecretsHandler implements RequestHandler<Payment, String> {
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
    private static final SecretsManagerAsyncClient ASYNC = SecretsManagerAsyncClient.create();
    private final String signingSecretId = System.getenv("SIGNING_SECRET_ID");

    @Override
    public String handleRequest(Payment payment, Context context) {
        String apiKey = SECRETS.getSecretValue(r -> r.secretId("prod/psp/api-key")).secretString(); // Noncompliant {{Secrets Manager secret is fetched on every invocation}}
        GetSecretValueRequest request = GetSecretValueRequest.builder().secretId(signingSecretId).build();
        String signing = SECRETS.getSecretValue(request).secretString(); // Noncompliant {{SecretCache}}
        String webhook = ASYNC.getSecretValue(r -> r.secretId(System.getenv("WEBHOOK_SECRET"))).join() // Noncompliant {{SecretsManagerAsyncClient.getSecretValue}}
                .secretString();
        return apiKey + signing + webhook;
    }
}
