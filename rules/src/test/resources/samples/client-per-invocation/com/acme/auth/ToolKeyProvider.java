package com.acme.auth;

import com.auth0.jwk.UrlJwkProvider;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Trap: only the tool's verifier calls this provider back. */
public class ToolKeyProvider implements RSAKeyProvider {

    @Override
    public RSAPublicKey getPublicKeyById(String keyId) {
        try {
            return (RSAPublicKey) new UrlJwkProvider(JwksKeyProvider.ISSUER).get(keyId).getPublicKey();
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
