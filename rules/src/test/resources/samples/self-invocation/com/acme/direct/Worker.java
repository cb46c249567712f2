package com.acme.direct;

import java.util.Map;

/** Deployed as WorkerFunction by its class name alone: handleRequest, with no handler interface. */
public class Worker {
    public String handleRequest(Map<String, Object> input) {
        return "done " + input.size();
    }
}
