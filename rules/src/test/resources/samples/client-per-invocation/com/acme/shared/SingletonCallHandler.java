package com.acme.shared;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/**
 * Calls methods of a singleton named by its class and static field: QueueClients.INSTANCE.queue() builds a client;
 * shared() and topics() hand out the ones built once.
 */
public class SingletonCallHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        QueueClients.INSTANCE.shared().listQueues();
        QueueClients.INSTANCE.topics().listTopics();
        return QueueClients.INSTANCE.queue().toString();
    }
}
