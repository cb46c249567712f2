package com.acme.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.auth0.jwk.JwkProvider;
import com.auth0.jwk.JwkProviderBuilder;
import java.security.PublicKey;

/** Looks a signing key up for each request with a provider built in the handler, and one kept in a static field. */
public class SigningKeyHandler implements RequestHandler<String, String> {
    private static final JwkProvider SHARED = new JwkProviderBuilder(JwksKeyProvider.ISSUER).build();

    @Override
    public String handleRequest(String keyId, Context context) {
        try {
            JwkProvider perCall = new JwkProviderBuilder(JwksKeyProvider.ISSUER).build(); // Noncompliant {{JwkProvider (JWKS provider) is built on every invocation of SigningKeyHandler.handleRequest}}
            PublicKey fresh = perCall.get(keyId).getPublicKey();
            PublicKey kept = SHARED.get(keyId).getPublicKey();
            return fresh.equals(kept) ? "same" : "rotated";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
