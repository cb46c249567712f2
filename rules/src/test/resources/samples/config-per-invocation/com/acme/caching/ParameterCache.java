package com.acme.caching;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.ssm.SsmClient;

/** Keeps each parameter it fetched: a cache as long as the object lives. */
public class ParameterCache {
    private final SsmClient ssm;
    private final Map<String, String> values = new HashMap<>();

    public ParameterCache(SsmClient ssm) {
        this.ssm = ssm;
    }

    public String get(String name) {
        return values.computeIfAbsent(name, n -> ssm.getParameter(r -> r.name(n).withDecryption(true))
                .parameter().value());
    }
}
