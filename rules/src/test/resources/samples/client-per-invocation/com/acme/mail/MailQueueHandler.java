package com.acme.mail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.sendgrid.Method;
import com.sendgrid.Request;
import com.sendgrid.SendGrid;
import java.io.IOException;

/**
 * A sender chosen per invocation and made anew: the SendGrid client it builds in its constructor (and that
 * client's HTTP connection pool) is built per batch. The one kept in a static field is built once.
 */
public class MailQueueHandler implements RequestHandler<SQSEvent, Void> {
    private static final SendGrid SHARED = new SendGrid(System.getenv("SENDGRID_API_KEY"));

    @Override
    public Void handleRequest(SQSEvent event, Context context) {
        Sender sender = "shared".equals(System.getenv("MODE")) ? new SharedSender() : new FreshSender();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            sender.send(message.getBody());
        }
        return null;
    }

    interface Sender {
        void send(String body);
    }

    static final class FreshSender implements Sender {
        private final SendGrid grid;

        FreshSender() {
            grid = new SendGrid(System.getenv("SENDGRID_API_KEY")); // Noncompliant {{SendGrid}}
        }

        @Override
        public void send(String body) {
            post(grid, body);
        }
    }

    static final class SharedSender implements Sender {
        @Override
        public void send(String body) {
            post(SHARED, body);
        }
    }

    private static void post(SendGrid grid, String body) {
        Request request = new Request();
        request.setMethod(Method.POST);
        request.setEndpoint("mail/send");
        request.setBody(body);
        try {
            grid.api(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
