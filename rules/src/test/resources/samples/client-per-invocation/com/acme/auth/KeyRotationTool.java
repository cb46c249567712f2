package com.acme.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;

/** Trap: a verifier built and used only in main, which no handler reaches. */
public class KeyRotationTool {
    private static final Algorithm TOOL_ALGORITHM = Algorithm.RSA256(new ToolKeyProvider());

    public static void main(String[] args) {
        JWT.require(TOOL_ALGORITHM).build().verify(args[0]);
    }
}
