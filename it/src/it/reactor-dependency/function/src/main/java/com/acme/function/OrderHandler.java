package com.acme.function;

import com.acme.common.OrderRepository;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class OrderHandler implements RequestHandler<String, String> {
    private final OrderRepository orders = new OrderRepository();

    @Override
    public String handleRequest(String order, Context context) {
        return orders.save(order);
    }
}
