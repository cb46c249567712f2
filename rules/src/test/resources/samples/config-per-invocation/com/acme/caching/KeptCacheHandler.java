package com.acme.caching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** The same caches kept for the execution environment, and per-invocation ones around per-event work: quiet. */
public class KeptCacheHandler implements RequestHandler<Map<String, String>, String> {
    private static final SsmClient SSM = SsmClient.create();
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
    private static final ParameterCache PARAMETERS = new ParameterCache(SSM);
    private static final Supplier<String> TOKEN = Suppliers.memoizeWithExpiration(
            () -> SECRETS.getSecretValue(r -> r.secretId("prod/token")).secretString(), Duration.ofMinutes(5));
    private static final LoadingCache<String, String> FLAGS = Caffeine.newBuilder()
            .maximumSize(100).expireAfterWrite(Duration.ofMinutes(5))
            .build(n -> SSM.getParameter(r -> r.name(n)).parameter().value());
    private final SecretHolder key = new SecretHolder(SECRETS, "prod/psp/api-key");
    private final ParameterCache fromConstructor;

    public KeptCacheHandler() {
        fromConstructor = new ParameterCache(SSM);
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        // a name from the event is fetched per event anyway: a per-invocation memo of it is fine
        String tenantSecret = new SecretHolder(SECRETS, event.get("tenant")).value();
        Map<String, List<String>> grouped = new HashMap<>();
        grouped.computeIfAbsent(event.get("customer"), c -> new java.util.ArrayList<>()).add(event.get("order"));
        ParameterCache unused = new ParameterCache(SSM);
        return PARAMETERS.get("/orders/db-url") + TOKEN.get() + FLAGS.get("/orders/flags") + key.value()
                + fromConstructor.get("/orders/region") + tenantSecret + grouped;
    }
}
