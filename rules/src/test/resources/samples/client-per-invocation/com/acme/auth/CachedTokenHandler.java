package com.acme.auth;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;

/** Trap: the same callback, but the key provider it hands over keeps one cached JWKS provider. */
public class CachedTokenHandler implements RequestHandler<String, String> {
    private final JWTVerifier verifier = JWT.require(Algorithm.RSA256(new CachedKeyProvider())).build();

    @Override
    public String handleRequest(String token, Context context) {
        return verifier.verify(token).getSubject();
    }
}
