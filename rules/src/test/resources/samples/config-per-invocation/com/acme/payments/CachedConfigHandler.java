package com.acme.payments;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.appconfigdata.AppConfigDataClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Configuration fetched once, or cached in a field with a time to live: all quiet. */
public class CachedConfigHandler implements RequestHandler<Payment, String> {
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final SsmClient SSM = SsmClient.create();
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
    private static final AppConfigDataClient APPCONFIG = AppConfigDataClient.create();
    private static final String DB_URL = SSM.getParameter(r -> r.name("/payments/db-url")).parameter().value();
    private static final Map<String, String> BY_NAME = new ConcurrentHashMap<>();
    private static final String CONFIG_TOKEN;

    static {
        CONFIG_TOKEN = APPCONFIG.startConfigurationSession(r -> r.applicationIdentifier("payments")
                .environmentIdentifier("prod").configurationProfileIdentifier("flags")).initialConfigurationToken();
    }

    private final String currency;
    private String apiKey;
    private String signingKey;
    private Instant signingKeyExpiresAt = Instant.MIN;
    private String limits;
    private long limitsLoadedAt;
    private String webhook;
    private long webhookExpiresAt;
    private String fees;
    private Instant feesExpireAt = Instant.MIN;

    public CachedConfigHandler() {
        currency = SSM.getParameter(r -> r.name("/payments/currency")).parameter().value();
    }

    @Override
    public String handleRequest(Payment payment, Context context) {
        if (apiKey == null) {
            apiKey = SECRETS.getSecretValue(r -> r.secretId("prod/psp/api-key")).secretString();
        }
        if (signingKey == null || Instant.now().isAfter(signingKeyExpiresAt)) {
            signingKey = SECRETS.getSecretValue(r -> r.secretId("prod/psp/signing")).secretString();
            signingKeyExpiresAt = Instant.now().plus(TTL);
        }
        long now = System.currentTimeMillis();
        if (now - limitsLoadedAt > TTL.toMillis()) {
            limits = SSM.getParameter(r -> r.name("/payments/limits")).parameter().value();
            limitsLoadedAt = now;
        }
        String region = BY_NAME.computeIfAbsent("/payments/region",
                name -> SSM.getParameter(r -> r.name(name)).parameter().value());
        // lambda-lint:ignore config-per-invocation read on every call on purpose while the kill switch is tested
        String killSwitch = SSM.getParameter(r -> r.name("/payments/kill-switch")).parameter().value();
        return killSwitch + DB_URL + currency + CONFIG_TOKEN + apiKey + signingKey + limits + region + webhook() + fees();
    }

    private String webhook() {
        if (webhook != null && System.currentTimeMillis() < webhookExpiresAt) {
            return webhook;
        }
        webhook = SECRETS.getSecretValue(r -> r.secretId("prod/psp/webhook")).secretString();
        webhookExpiresAt = System.currentTimeMillis() + TTL.toMillis();
        return webhook;
    }

    private String fees() {
        if (Instant.now().isBefore(feesExpireAt)) {
            return fees;
        }
        fees = SSM.getParameter(r -> r.name("/payments/fees")).parameter().value();
        feesExpireAt = Instant.now().plus(TTL);
        return fees;
    }

    public static void main(String[] args) {
        System.out.println(SSM.getParameter(r -> r.name("/payments/db-url")).parameter().value());
        new CachedConfigHandler().handleRequest(new Payment("local", "t", "s", 1), null);
    }
}
