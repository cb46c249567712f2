package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

/** Keys that are constants at every call site of a helper: bounded (quiet); one request-keyed site is not. */
public class HelperKeysHandler implements RequestHandler<Order, String> {
    private static final String LAST_REGION = "lastRegion";
    private static final Map<String, String> LAST_SEEN = new HashMap<>();
    private static final Map<String, Long> TIMERS = new HashMap<>();
    private static final Map<String, String> MIXED = new HashMap<>(); // Noncompliant {{put at}} {{comes from the request}}

    @Override
    public String handleRequest(Order order, Context context) {
        remember("lastOrder", order.id());
        remember(LAST_REGION, order.region());
        String key = "lastCustomer";
        remember(key, order.customer());
        time("handle");
        note("status", order.id());
        note(order.customer(), order.id());
        return LAST_SEEN.get("lastOrder");
    }

    private static void remember(String name, String value) {
        LAST_SEEN.put(name, value);
    }

    private static void time(String phase) {
        record(phase + ".ms", System.nanoTime());
    }

    private static void record(String metric, long value) {
        TIMERS.put(metric, value);
    }

    private static void note(String name, String value) {
        MIXED.put(name, value);
    }
}
