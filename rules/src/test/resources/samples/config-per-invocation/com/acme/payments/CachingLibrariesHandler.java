package com.acme.payments;

import com.amazonaws.secretsmanager.caching.SecretCache;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.acme.shared.ConfigStore;
import java.time.temporal.ChronoUnit;
import software.amazon.lambda.powertools.parameters.ParamManager;
import software.amazon.lambda.powertools.parameters.SSMProvider;
import software.amazon.lambda.powertools.parameters.SecretsProvider;

/** Libraries that cache by design, and look-alike calls on other types: all quiet. */
public class CachingLibrariesHandler implements RequestHandler<Payment, String> {
    private static final SecretCache CACHE = new SecretCache();
    private final SSMProvider ssmProvider = ParamManager.getSsmProvider();
    private final SecretsProvider secretsProvider = ParamManager.getSecretsProvider();
    private final ConfigStore store = new ConfigStore();

    @Override
    public String handleRequest(Payment payment, Context context) {
        String url = ssmProvider.get("/payments/db-url");
        String limits = ssmProvider.withMaxAge(1, ChronoUnit.MINUTES).get("/payments/limits");
        String fees = ParamManager.getSsmProvider().get("/payments/fees");
        String apiKey = secretsProvider.get("prod/psp/api-key");
        String signing = CACHE.getSecretString("prod/psp/signing");
        String local = store.getParameter("/payments/region") + store.getSecretValue("prod/psp/webhook");
        return url + limits + fees + apiKey + signing + local;
    }
}
