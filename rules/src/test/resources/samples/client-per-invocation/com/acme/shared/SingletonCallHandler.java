package com.acme.shared;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Calls a method of a singleton named by its class and static field: QueueClients.INSTANCE.queue(). */
public class SingletonCallHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        return QueueClients.INSTANCE.queue().toString();
    }
}
