package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Keys from a fixed, small set, and collections filled only at initialisation or only locally: all quiet. */
public class FixedKeysHandler implements RequestHandler<Order, String> {
    private static final String ORDERS_METRIC = "orders";
    private static final Map<String, Long> METRICS = new ConcurrentHashMap<>();
    private static final Map<Status, String> LABELS = new HashMap<>();
    private static final Map<Class<?>, String> PARSERS = new HashMap<>();
    private static final Map<String, Integer> COUNTERS = new HashMap<>();
    private static final Map<Status, Long> PER_STATUS = new ConcurrentHashMap<>();
    private static final Set<String> FLAGS = new HashSet<>();
    private static final Map<Object, Long> BY_VALUE = new HashMap<>();
    private static final Map<String, String> LOOKUP = new HashMap<>();
    private static final Map<String, String> CONFIG = new HashMap<>();
    private static List<String> lazyRegions;
    private final Map<String, String> fromConstructor = new HashMap<>();

    static {
        LOOKUP.put("eu", "eu-west-1");
        LOOKUP.put("us", "us-east-1");
    }

    public FixedKeysHandler() {
        fromConstructor.put("default", "x");
        loadConfig();
    }

    private static void loadConfig() {
        CONFIG.put("table", System.getenv("TABLE"));
    }

    @Override
    public String handleRequest(Order order, Context context) {
        METRICS.merge(ORDERS_METRIC, 1L, Long::sum);
        METRICS.merge("invocations", 1L, Long::sum);
        LABELS.put(Status.PAID, "paid");
        PARSERS.putIfAbsent(Order.class, "order");
        PARSERS.put(order.getClass(), "runtime");
        COUNTERS.compute("calls", (k, v) -> v == null ? 1 : v + 1);
        PER_STATUS.merge(order.status(), 1L, Long::sum);
        FLAGS.add("warm");
        Status status = order.status();
        BY_VALUE.merge(status, 1L, Long::sum);
        if (lazyRegions == null) {
            lazyRegions = new ArrayList<>();
            lazyRegions.add(order.region());
        }
        Map<String, Order> local = new HashMap<>();
        local.put(order.id(), order);
        List<String> lines = new ArrayList<>();
        lines.add(order.id());
        return LOOKUP.get(order.region()) + CONFIG.get("table") + fromConstructor.get(order.id()) + local + lines;
    }
}
