package com.acme.orders;

import static com.acme.shared.Registry.CUSTOMERS;

import com.acme.shared.Repository;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

public class ShipmentHandler implements RequestHandler<Order, String> {
    private final Repository repository = new Repository();

    @Override
    public String handleRequest(Order order, Context context) {
        CUSTOMERS.add(order.customer());
        String row = repository.find(order.id());
        repository.forget(order.id());
        return row;
    }
}
