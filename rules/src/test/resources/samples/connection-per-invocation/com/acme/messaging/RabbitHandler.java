package com.acme.messaging;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

/** RabbitMQ: a connection opened per call (finding); one kept, with a channel per call (quiet). */
public class RabbitHandler implements RequestHandler<String, String> {
    private static final ConnectionFactory FACTORY = new ConnectionFactory();
    private static final Connection KEPT;

    static {
        FACTORY.setHost("mq.internal");
        try {
            KEPT = FACTORY.newConnection();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String handleRequest(String order, Context context) throws Exception {
        try (Connection connection = FACTORY.newConnection(); // Noncompliant {{RabbitMQ connection (ConnectionFactory.newConnection)}} {{meant to be long-lived}}
             Channel channel = connection.createChannel()) {
            channel.basicPublish("", "orders", null, order.getBytes());
        }
        ConnectionFactory local = new ConnectionFactory();
        Connection perCall = local.newConnection("audit"); // Noncompliant {{RabbitMQ connection}}
        try (Channel channel = KEPT.createChannel()) {
            channel.basicPublish("", "orders", null, order.getBytes());
        }
        return perCall.toString();
    }
}
