package com.acme.dagger;

import javax.inject.Inject;
import javax.inject.Named;
import software.amazon.awssdk.services.sqs.SqsClient;

public class OrderService {
    private final OrderStore store;
    private final SqsClient audit;

    @Inject
    OrderService(OrderStore store, @Named("audit") SqsClient audit) {
        this.store = store;
        this.audit = audit;
    }

    public void place(String id) {
        store.save(id);
        audit.toString();
    }
}
