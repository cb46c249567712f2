package com.acme.timers.lookalike;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Timer here is the project's own class in this package: no timer thread. */
public class TimedHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String id, Context context) {
        Timer timer = new Timer();
        context.getLogger().log(id + " took " + timer.elapsedMillis() + " ms");
        return id;
    }
}
