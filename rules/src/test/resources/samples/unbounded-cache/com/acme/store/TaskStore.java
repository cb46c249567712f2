package com.acme.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory CRUD store: every create adds a task under a new id, only a DELETE request takes one out. */
public final class TaskStore {
    private static final Map<String, Task> TASKS = new ConcurrentHashMap<>(); // Noncompliant {{remove at com/acme/store/TaskStore.java:}} {{in TaskStore.delete removes only the one key the request names, on a path that does not add}} {{clear at com/acme/store/TaskStore.java:}} {{in TaskStore.clearAll runs from no handler}}

    private TaskStore() {
    }

    public static List<Task> all() {
        return new ArrayList<>(TASKS.values());
    }

    public static void save(Task task) {
        TASKS.put(task.id(), task);
    }

    public static Task delete(String id) {
        return TASKS.remove(id);
    }

    public static void clearAll() {
        TASKS.clear();
    }

    public static void reset() {
        clearAll();
    }
}
