package com.acme.plain;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Random;
import java.util.UUID;

/** The function runs without SnapStart (ApplyOn: None): each environment runs its own INIT. Quiet. */
public class PlainHandler implements RequestHandler<String, String> {
    private static final Random RNG = new Random();
    private static final UUID ENVIRONMENT_ID = UUID.randomUUID();
    private static final long STARTED = System.currentTimeMillis();

    @Override
    public String handleRequest(String input, Context context) {
        return RNG.nextInt() + "" + ENVIRONMENT_ID + STARTED;
    }
}
