package com.example.orders;

import java.util.Map;

/** An order as it arrives in the event. */
public record Order(String id, String customerId, long totalCents, String currency) {

    public static Order from(Map<String, Object> event) {
        return new Order(
                String.valueOf(event.get("id")),
                String.valueOf(event.get("customerId")),
                Long.parseLong(String.valueOf(event.getOrDefault("totalCents", "0"))),
                String.valueOf(event.getOrDefault("currency", "EUR")));
    }
}
