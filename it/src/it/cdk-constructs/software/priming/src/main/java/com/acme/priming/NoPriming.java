package com.acme.priming;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.UUID;

/** The same state, deployed by another instance of the same construct, its props with SnapStart off: no finding. */
public class NoPriming implements RequestHandler<String, String> {
    private static final String INSTANCE = UUID.randomUUID().toString();

    @Override
    public String handleRequest(String input, Context context) {
        return INSTANCE + input;
    }
}
