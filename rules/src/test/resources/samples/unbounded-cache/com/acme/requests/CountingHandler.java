package com.acme.requests;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Per-invocation growth of objects that outlive the invocation, next to fresh ones of the same classes. */
public class CountingHandler implements RequestHandler<Map<String, String>, String> {
    private static Basket last;

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        new Tally().count(event.get("id"));
        Tally.SHARED.count(event.get("id"));
        Trail trail = new Trail();
        trail.step(event.get("step"));
        Basket basket = new Basket();
        last = basket;
        basket.add(event.get("item"));
        return "ok";
    }
}
