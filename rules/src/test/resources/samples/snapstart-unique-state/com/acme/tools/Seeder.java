package com.acme.tools;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Random;
import java.util.UUID;

/** A handler no template deploys: whether SnapStart is on is not known. Quiet. */
public class Seeder implements RequestHandler<String, String> {
    private static final Random RNG = new Random();
    private static final UUID ID = UUID.randomUUID();

    @Override
    public String handleRequest(String input, Context context) {
        return RNG.nextInt() + "" + ID;
    }
}
