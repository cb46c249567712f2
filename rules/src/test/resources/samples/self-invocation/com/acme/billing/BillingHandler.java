package com.acme.billing;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequest;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;

/** Its rule matches source com.acme.billing and detail-type InvoiceCreated on the default bus. */
public class BillingHandler implements RequestHandler<Map<String, Object>, Void> {
    private static final EventBridgeClient EVENTS = EventBridgeClient.create();
    private static final String SOURCE = "com.acme.billing";

    @Override
    public Void handleRequest(Map<String, Object> event, Context context) {
        PutEventsRequestEntry created = PutEventsRequestEntry.builder()
                .source(SOURCE).detailType("InvoiceCreated").detail("{}").build();
        EVENTS.putEvents(PutEventsRequest.builder().entries(created).build()); // Noncompliant {{BillingFunction -> events:PutEvents Invoices -> BillingFunction}} {{puts an event (source com.acme.billing; detail-type InvoiceCreated)}}
        EVENTS.putEvents(r -> r.entries(e -> e.source(SOURCE).detailType("InvoicePaid").detail("{}"))); // the rule does not match InvoicePaid
        EVENTS.putEvents(r -> r.entries(e -> e.source(SOURCE).detailType("InvoiceCreated").eventBusName("audit"))); // another bus
        return null;
    }
}
