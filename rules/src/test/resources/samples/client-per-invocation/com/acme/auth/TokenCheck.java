package com.acme.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;

/**
 * The verifier is built once, in this class's initialisation, around a key provider of the project: java-jwt calls
 * the provider's getPublicKeyById for every token it verifies.
 */
public final class TokenCheck {
    private static final JWTVerifier VERIFIER = JWT.require(Algorithm.RSA256(new JwksKeyProvider()))
            .withIssuer(JwksKeyProvider.ISSUER).build();

    private TokenCheck() {
    }

    public static String subject(String token) {
        return VERIFIER.verify(token).getSubject();
    }
}
