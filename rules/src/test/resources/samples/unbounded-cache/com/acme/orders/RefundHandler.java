package com.acme.orders;

import com.acme.shared.AuditTrail;
import com.acme.shared.Registry;
import com.acme.shared.SkuIndex;

public class RefundHandler extends BaseHandler {
    private static final SkuIndex SKUS = new SkuIndex(); // Noncompliant {{SkuIndex}}

    @Override
    protected String process(Order order) {
        processed.put(order.id(), order);
        Registry.CUSTOMERS.add(order.customer());
        order.skus().forEach(sku -> SKUS.put(sku, order.id()));
        new AuditTrail().record(order.id());
        return "refunded";
    }
}
