package com.acme.sensors;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.morphia.Datastore;
import dev.morphia.Morphia;

/**
 * Morphia maps the entity classes when a Morphia instance or a Datastore is made: made per event, that mapping is
 * repeated per event. The Datastore kept in a static field is made once.
 */
public class ImportHandler implements RequestHandler<String, Void> {
    private static final MongoClient CLIENT = MongoClients.create(System.getenv("MONGO_URI"));
    private static final Datastore SHARED = Morphia.createDatastore(CLIENT, "sensors");

    @Override
    public Void handleRequest(String reading, Context context) {
        Datastore perEvent = Morphia.createDatastore(CLIENT, "sensors"); // Noncompliant {{Morphia}}
        perEvent.save(new Reading(reading));
        SHARED.save(new Reading(reading));
        new Legacy().store(reading);
        return null;
    }

    static final class Legacy {
        void store(String reading) {
            org.mongodb.morphia.Morphia morphia = new org.mongodb.morphia.Morphia(); // Noncompliant {{Morphia}}
            morphia.map(Reading.class);
        }
    }

    record Reading(String value) {
    }
}
