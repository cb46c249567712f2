package com.acme.caching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Configuration kept under guards in every spelling: quiet; guards on something else are findings. */
public class GuardSpellingsHandler implements RequestHandler<String, String> {
    private static final SsmClient SSM = SsmClient.create();
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
    private static final AtomicReference<String> ENDPOINT = new AtomicReference<>();
    private static String dbUrl;
    private static String token;
    private static Instant tokenExpiresAt = Instant.MIN;
    private static String single;
    private static String region;
    private static boolean loaded;
    private static String limits;

    @Override
    public String handleRequest(String input, Context context) {
        if (dbUrl == null || dbUrl.isBlank()) {
            dbUrl = SSM.getParameter(r -> r.name("/orders/db-url")).parameter().value();
        }
        if (token == null || expired()) {
            token = SECRETS.getSecretValue(r -> r.secretId("prod/token")).secretString();
            tokenExpiresAt = Instant.now().plusSeconds(300);
        }
        if (!loaded) {
            loadLimits();
        }
        String endpoint = ENDPOINT.updateAndGet(e -> e != null ? e
                : SSM.getParameter(r -> r.name("/orders/endpoint")).parameter().value());
        String value = null;
        if (input == null || input.isBlank()) {
            value = SSM.getParameter(r -> r.name("/orders/default")).parameter().value(); // Noncompliant {{SSM parameter}}
        }
        return dbUrl + token + single() + region() + limits + endpoint + value;
    }

    private static boolean expired() {
        return Instant.now().isAfter(tokenExpiresAt);
    }

    private static String single() {
        if (!Objects.isNull(single)) {
            return single;
        }
        single = SSM.getParameter(r -> r.name("/orders/single")).parameter().value();
        return single;
    }

    private static String region() {
        String local = region;
        if (local == null) {
            synchronized (GuardSpellingsHandler.class) {
                local = region;
                if (local == null) {
                    region = local = SSM.getParameter(r -> r.name("/orders/region")).parameter().value();
                }
            }
        }
        return local;
    }

    private static void loadLimits() {
        limits = SSM.getParameter(r -> r.name("/orders/limits")).parameter().value();
        loaded = true;
    }
}
