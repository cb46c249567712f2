package com.acme.messaging;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** JMS: a connection or context created per call (findings); one kept, with a session per call (quiet). */
public class JmsHandler implements RequestHandler<String, String> {
    private static final ConnectionFactory FACTORY = new ActiveMQConnectionFactory("tcp://broker:61616");
    private static Connection kept;

    @Override
    public String handleRequest(String order, Context context) throws Exception {
        try (Connection connection = FACTORY.createConnection("user", "password")) { // Noncompliant {{JMS connection (createConnection)}} {{relatively heavyweight}}
            Session session = connection.createSession();
            session.createProducer(session.createQueue("orders")).send(session.createTextMessage(order));
        }
        try (JMSContext jms = FACTORY.createContext()) { // Noncompliant {{JMS connection}}
            jms.createProducer().send(jms.createQueue("orders"), order);
        }
        ActiveMQConnectionFactory direct = new ActiveMQConnectionFactory("tcp://broker:61616");
        Connection fromImplementation = direct.createConnection(); // Noncompliant {{JMS connection}}
        Session session = keptConnection().createSession();
        session.createProducer(session.createQueue("orders")).send(session.createTextMessage(order));
        return fromImplementation.toString();
    }

    private static Connection keptConnection() throws Exception {
        if (kept == null) {
            kept = FACTORY.createConnection();
            kept.start();
        }
        return kept;
    }
}
