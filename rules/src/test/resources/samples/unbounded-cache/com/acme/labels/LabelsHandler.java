package com.acme.labels;

import com.acme.orders.Order;
import com.acme.orders.Status;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.HashMap;
import java.util.Map;

/**
 * Keys spelt from enum values (their name, ordinal or text) are as many as the enums' constants: quiet. A key that
 * also carries request data, or the text of something that is not an enum, grows with traffic.
 */
public class LabelsHandler implements RequestHandler<Order, String> {
    private static final Map<String, String> TEMPLATES = new HashMap<>();
    private static final Map<Integer, String> BY_ORDINAL = new HashMap<>();
    private static final Map<String, String> BY_CAMPAIGN = new HashMap<>();
    private static final Map<String, String> PER_ORDER = new HashMap<>(); // Noncompliant {{PER_ORDER}}
    private static final Map<String, String> BY_NAME = new HashMap<>(); // Noncompliant {{BY_NAME}}

    @Override
    public String handleRequest(Order order, Context context) {
        Channel channel = Channel.valueOf(order.region());
        return template(order.status(), channel) + BY_ORDINAL.computeIfAbsent(order.status().ordinal(), k -> "s")
                + campaign(new Campaign(), order);
    }

    private String template(Status status, Channel channel) {
        String key = status.name() + "::" + channel.toString();
        String known = TEMPLATES.get(key);
        if (known == null) {
            known = load(key);
            TEMPLATES.put(key, known);
        }
        return known;
    }

    private String campaign(Campaign campaign, Order order) {
        BY_CAMPAIGN.putIfAbsent(campaign.getStatus().name(), "c");
        PER_ORDER.put(order.id() + "::" + campaign.getStatus().name(), "o");
        BY_NAME.put(campaign.getName().toString(), "n");
        return BY_CAMPAIGN.get(campaign.getStatus().name()) + PER_ORDER.size() + BY_NAME.size();
    }

    private static String load(String key) {
        return "template " + key;
    }
}
