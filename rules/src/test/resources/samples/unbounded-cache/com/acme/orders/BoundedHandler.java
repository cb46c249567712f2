package com.acme.orders;

import com.acme.shared.LruCache;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/** Every way a long-lived collection is bounded: all quiet. */
public class BoundedHandler implements RequestHandler<Order, String> {
    private static final int MAX = 1_000;

    private static final Map<String, Order> EVICTING = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Order> eldest) {
            return size() > MAX;
        }
    };
    private static final Map<String, Order> LRU = Collections.synchronizedMap(new LruCache<>(MAX));
    private static final Map<String, Order> CLEARED = new ConcurrentHashMap<>();
    private static final Set<String> CAPPED = new HashSet<>();
    private static final Map<String, Order> IN_FLIGHT = new ConcurrentHashMap<>();
    private static final Queue<Order> OUTBOX = new LinkedBlockingQueue<>();
    private static final Map<String, Long> SESSIONS = new HashMap<>();
    private static final Map<String, Order> PRUNED = new HashMap<>();
    private static final Map<Status, Long> BY_STATUS = new EnumMap<>(Status.class);
    private static final Set<Status> STATUSES_SEEN = EnumSet.noneOf(Status.class);
    private static final Map<Object, String> WEAK = new WeakHashMap<>();
    private static List<String> batch = new ArrayList<>();
    @SuppressWarnings("lambda-lint:unbounded-cache")
    private static final Map<String, Order> KNOWINGLY = new HashMap<>();
    // lambda-lint:ignore unbounded-cache the customer ids are a small fixed tenant list
    private static final Set<String> IGNORED = new HashSet<>();

    @Override
    public String handleRequest(Order order, Context context) {
        EVICTING.put(order.id(), order);
        LRU.put(order.id(), order);
        if (CLEARED.size() > MAX) {
            CLEARED.clear();
        }
        CLEARED.put(order.id(), order);
        if (CAPPED.size() < MAX) {
            CAPPED.add(order.id());
        }
        IN_FLIGHT.put(order.id(), order);
        try {
            OUTBOX.offer(order);
            flush();
        } finally {
            IN_FLIGHT.remove(order.id());
        }
        SESSIONS.put(order.customer(), System.currentTimeMillis());
        expireSessions();
        PRUNED.put(order.id(), order);
        PRUNED.values().removeIf(o -> o.status() == Status.SHIPPED);
        BY_STATUS.merge(order.status(), 1L, Long::sum);
        STATUSES_SEEN.add(order.status());
        WEAK.put(order, order.id());
        batch = new ArrayList<>();
        batch.add(order.id());
        KNOWINGLY.put(order.id(), order);
        IGNORED.add(order.customer());
        return order.id();
    }

    private void flush() {
        while (OUTBOX.poll() != null) {
            // sent
        }
    }

    private void expireSessions() {
        long cutoff = System.currentTimeMillis() - 60_000;
        for (Iterator<Map.Entry<String, Long>> it = SESSIONS.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() < cutoff) {
                it.remove();
            }
        }
    }
}
