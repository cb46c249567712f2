package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Random;
import java.util.UUID;

/** Made per invocation, or in classes only the invocation loads: after the restore, so unique. All quiet. */
public class OrderHandler implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        Order order = new Order(input);
        return order.id() + RequestIds.next();
    }

    /** Built per invocation: its field initializer runs per invocation. */
    static class Order {
        private final String id = UUID.randomUUID().toString();
        private final String item;

        Order(String item) {
            this.item = item;
        }

        String id() {
            return id + item;
        }
    }

    /** First used by an invocation, so initialised after the restore. */
    static class RequestIds {
        private static final Random RANDOM = new Random();

        static long next() {
            return RANDOM.nextLong();
        }
    }
}
