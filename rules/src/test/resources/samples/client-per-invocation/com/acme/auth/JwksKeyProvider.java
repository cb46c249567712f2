package com.acme.auth;

import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.UrlJwkProvider;
import com.auth0.jwt.interfaces.RSAKeyProvider;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/** Looks the signing key up by its id: a new provider, with an empty cache, for every token. */
public class JwksKeyProvider implements RSAKeyProvider {
    static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_example";

    @Override
    public RSAPublicKey getPublicKeyById(String keyId) {
        try {
            JwkProvider provider = new UrlJwkProvider(ISSUER); // Noncompliant {{UrlJwkProvider (JWKS provider) is built on every invocation of TokenAuthorizerHandler.handleRequest}}
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
