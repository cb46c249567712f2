package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys built with new: one compared by value and made of a class is bounded by the program's classes (quiet); one
 * compared by identity, or made of the request's data, grows with traffic.
 */
public class KeyObjectsHandler implements RequestHandler<Order, String> {
    private static final Map<TypeKey, String> BY_TYPE = new ConcurrentHashMap<>();
    private static final Map<TypeKey, String> BY_STATUS_TYPE = new ConcurrentHashMap<>();
    private static final Map<IdentityKey, String> BY_IDENTITY = new ConcurrentHashMap<>(); // Noncompliant {{put at com/acme/orders/KeyObjectsHandler.java:}}
    private static final Map<NameKey, String> BY_NAME = new ConcurrentHashMap<>(); // Noncompliant {{the key (new NameKey(order.id()))}}

    @Override
    public String handleRequest(Order order, Context context) {
        final TypeKey key = new TypeKey(order.getClass());
        String known = BY_TYPE.get(key);
        if (known == null) {
            known = order.getClass().getSimpleName();
            BY_TYPE.put(key, known);
        }
        BY_STATUS_TYPE.putIfAbsent(new TypeKey(Status.class), "status");
        BY_IDENTITY.put(new IdentityKey(order.getClass()), known);
        BY_NAME.put(new NameKey(order.id()), known);
        return known;
    }
}
