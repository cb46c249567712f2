package com.acme.auth;

import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.TimeUnit;

/** Trap: the provider is built with the key provider, once, and keeps the keys it fetched. */
public class CachedKeyProvider implements RSAKeyProvider {
    private final JwkProvider provider = new JwkProviderBuilder(JwksKeyProvider.ISSUER)
            .cached(10, 24, TimeUnit.HOURS).build();

    @Override
    public RSAPublicKey getPublicKeyById(String keyId) {
        try {
            return (RSAPublicKey) provider.get(keyId).getPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public RSAPrivateKey getPrivateKey() {
        return null;
    }

    @Override
    public String getPrivateKeyId() {
        return null;
    }
}
