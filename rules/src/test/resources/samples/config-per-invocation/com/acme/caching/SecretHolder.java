package com.acme.caching;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Fetches its secret on first use and keeps it in the object. */
public class SecretHolder {
    private final SecretsManagerClient secrets;
    private final String id;
    private String value;

    public SecretHolder(SecretsManagerClient secrets, String id) {
        this.secrets = secrets;
        this.id = id;
    }

    public String value() {
        if (value == null || value.isBlank()) {
            value = secrets.getSecretValue(r -> r.secretId(id)).secretString();
        }
        return value;
    }
}
