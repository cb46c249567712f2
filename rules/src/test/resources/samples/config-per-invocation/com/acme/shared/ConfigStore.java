package com.acme.shared;

import java.util.Map;

/** A project type whose methods share the SDK's names: not a fetch from a service. */
public class ConfigStore {
    private final Map<String, String> values = Map.of();

    public String getParameter(String name) {
        return values.get(name);
    }

    public String getSecretValue(String name) {
        return values.get(name);
    }
}
