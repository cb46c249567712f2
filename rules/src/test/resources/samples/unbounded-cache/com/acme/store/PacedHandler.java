package com.acme.store;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Removals that keep pace with the growth, some of them on a branch of their own: all quiet. A whole-collection
 * clear, the added key removed again on the adding path, eviction by size or age, a queue drained, a purge the
 * environment schedules.
 */
public class PacedHandler implements RequestHandler<StoreRequest, String> {
    private static final int MAX = 500;
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor();

    private static final Map<String, Task> IN_USE = new ConcurrentHashMap<>();
    private static final Map<String, Task> LOCKED = new ConcurrentHashMap<>();
    private static final Map<String, String> PER_CALL = new HashMap<>();
    private static final Map<String, Long> OPEN = new ConcurrentHashMap<>();
    private static final List<String> BATCH = new ArrayList<>();
    private static final Map<String, Task> BY_AGE = new HashMap<>();
    private static final Map<String, Task> BY_SIZE = new HashMap<>();
    private static final Queue<Task> OUTBOX = new ConcurrentLinkedQueue<>();
    private static final Map<String, Task> BY_STATE = new HashMap<>();
    private static final Set<String> SEEN = new HashSet<>();
    static final Map<String, Task> SWEPT = new ConcurrentHashMap<>();
    static final Map<String, Task> PURGED = new ConcurrentHashMap<>();
    private static final Purger PURGER = new Purger();

    static {
        SCHEDULER.scheduleAtFixedRate(() -> SEEN.clear(), 1, 1, TimeUnit.MINUTES);
        SCHEDULER.scheduleAtFixedRate(new Sweeper(), 1, 1, TimeUnit.MINUTES);
        SCHEDULER.scheduleAtFixedRate(() -> PURGER.purge(), 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public String handleRequest(StoreRequest request, Context context) {
        String id = UUID.randomUUID().toString();
        Task task = new Task(id, request.body(), System.currentTimeMillis());
        SEEN.add(id);
        SWEPT.put(id, task);
        PURGED.put(id, task);
        IN_USE.put(id, task);
        try {
            work(task);
        } finally {
            IN_USE.remove(id);
        }
        lock(task);
        try {
            work(task);
        } finally {
            unlock(task.id());
        }
        open(request);
        work(task);
        close(request);
        remember(request);
        forgetAll();
        BATCH.clear();
        BATCH.add(id);
        switch (request.method()) {
            case "PURGE" -> BY_AGE.values().removeIf(t -> t.createdAt() < System.currentTimeMillis() - 60_000);
            case "TRIM" -> trim();
            case "FLUSH" -> flush();
            case "SHIPPED" -> BY_STATE.values().removeIf(t -> t.name().equals("shipped"));
            default -> {
                BY_AGE.put(id, task);
                BY_SIZE.put(id, task);
                OUTBOX.add(task);
                BY_STATE.put(id, task);
            }
        }
        return id;
    }

    private void work(Task task) {
        // uses the task
    }

    private void lock(Task task) {
        LOCKED.put(task.id(), task);
    }

    private void unlock(String id) {
        LOCKED.remove(id);
    }

    private void open(StoreRequest request) {
        OPEN.put(request.pathParameters().get("id"), System.nanoTime());
    }

    /** Removes the one key the request names, but on the path that added it: every entry leaves again. */
    private void close(StoreRequest request) {
        OPEN.remove(request.pathParameters().get("id"));
    }

    private void remember(StoreRequest request) {
        PER_CALL.put(request.pathParameters().get("id"), request.body());
    }

    private void forgetAll() {
        PER_CALL.clear();
    }

    private void trim() {
        if (BY_SIZE.size() > MAX) {
            BY_SIZE.remove(BY_SIZE.keySet().iterator().next());
        }
    }

    private void flush() {
        Task next;
        while ((next = OUTBOX.poll()) != null) {
            work(next);
        }
    }
}
