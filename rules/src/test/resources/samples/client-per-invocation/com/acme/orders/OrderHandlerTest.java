package com.acme.orders;

import com.acme.shared.TestSupport;

/** A test class among the sources: it calls helpers, but it is no handler. */
class OrderHandlerTest {
    void savesOrders() {
        TestSupport.forTests();
        new OrderHandler().handleRequest(new Order("1", java.util.List.of()), null);
    }
}
