package com.acme.priming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.UUID;

/** Deployed with SnapStart on (by the props of its construct instance): its INIT-time id is shared by every restore. */
public class Priming implements RequestHandler<String, String> {
    private static final String INSTANCE = UUID.randomUUID().toString();

    @Override
    public String handleRequest(String input, Context context) {
        return INSTANCE + input;
    }
}
