package com.acme.orders;

import static com.acme.shared.Clients.eventBridge;

import com.acme.shared.AuditTrail;
import com.acme.shared.Clients;
import com.acme.shared.Notifier;
import com.acme.shared.Repository;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/** Clients built per invocation down every kind of call path: helpers, static imports, dispatch, lambdas. */
public class OrderHandler implements RequestHandler<Order, String> {
    private final Notifier notifier = Notifier.forOrders();
    private final Repository repository = new Repository();

    @Override
    public String handleRequest(Order order, Context context) {
        save(order);
        eventBridge();
        notifier.send(order.id());
        order.lines().forEach(line -> audit(line));
        order.lines().forEach(this::stream);
        new AuditTrail().record(order.id());
        return repository.find(order.id());
    }

    private void save(Order order) {
        Clients.dynamo().toString();
    }

    private void audit(String line) {
        CloudWatchClient.create().close(); // Noncompliant {{via OrderHandler.handleRequest -> OrderHandler.audit}}
    }

    private void stream(String line) {
        FirehoseClient firehose = FirehoseClient.create(); // Noncompliant {{via OrderHandler.handleRequest -> OrderHandler.stream}}
    }
}
