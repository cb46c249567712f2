package com.acme.requests;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** Objects made per invocation and dropped after it: what they grow is gone with them. */
public class FreshHandler implements RequestHandler<Map<String, String>, String> {
    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        Attributes attributes = new Attributes();
        attributes.put(event.get("id"), event.get("body"));
        new Attributes().mark(event.get("id"));
        Basket basket = new Basket();
        for (String item : event.values()) {
            basket.add(item);
        }
        return String.valueOf(attributes.size());
    }
}
