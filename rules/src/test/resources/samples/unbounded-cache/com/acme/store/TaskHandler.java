package com.acme.store;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.UUID;

/** Routes each request by its method: POST creates under a fresh id, DELETE removes the id the path names. */
public class TaskHandler implements RequestHandler<StoreRequest, String> {

    @Override
    public String handleRequest(StoreRequest request, Context context) {
        return switch (request.method()) {
            case "POST" -> create(request);
            case "DELETE" -> delete(request);
            default -> String.valueOf(TaskStore.all().size());
        };
    }

    private String create(StoreRequest request) {
        Task task = new Task(UUID.randomUUID().toString(), request.body(), System.currentTimeMillis());
        TaskStore.save(task);
        return task.id();
    }

    private String delete(StoreRequest request) {
        Map<String, String> path = request.pathParameters();
        String id = path != null ? path.get("id") : null;
        if (id == null) {
            return "missing id";
        }
        return TaskStore.delete(id) == null ? "not found" : "deleted";
    }
}
