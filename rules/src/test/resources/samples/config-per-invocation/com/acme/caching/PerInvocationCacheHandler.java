package com.acme.caching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Caches built inside the handler and asked in the same invocation cache nothing: each is a finding. */
public class PerInvocationCacheHandler implements RequestHandler<Map<String, String>, String> {
    private static final SsmClient SSM = SsmClient.create();
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        ParameterCache parameters = new ParameterCache(SSM); // Noncompliant {{SSM parameter (SsmClient.getParameter) is fetched on every invocation}} {{cached in a ParameterCache that is itself built on every invocation}} {{ParameterCache.java:17}}
        String url = parameters.get("/orders/db-url");
        String key = new SecretHolder(SECRETS, "prod/psp/api-key").value(); // Noncompliant {{Secrets Manager secret}} {{SecretHolder}}
        Supplier<String> token = Suppliers.memoize( // Noncompliant {{memoizing supplier (Guava Suppliers.memoize)}}
                () -> SECRETS.getSecretValue(r -> r.secretId("prod/token")).secretString());
        Cache<String, String> flags = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build(); // Noncompliant {{Caffeine cache}}
        String flag = flags.get("/orders/flags", n -> SSM.getParameter(r -> r.name(n)).parameter().value());
        Map<String, String> byName = new ConcurrentHashMap<>(); // Noncompliant {{ConcurrentHashMap}}
        String region = byName.computeIfAbsent("/orders/region", n -> SSM.getParameter(r -> r.name(n)).parameter()
                .value());
        return url + key + token.get() + flag + region;
    }
}
