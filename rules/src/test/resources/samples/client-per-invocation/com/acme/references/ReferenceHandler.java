package com.acme.references;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;

/**
 * Methods reached only through a method reference whose scope is a variable: a local, a parameter, a field, a
 * field of a local. The parser reads {@code analyzer::analyze} as a type; Java reads it as the variable in scope.
 */
public class ReferenceHandler implements RequestHandler<List<String>, Void> {
    private final Notifier notifier = new Notifier();
    private final Sink sink = new TableSink();

    @Override
    public Void handleRequest(List<String> events, Context context) {
        Analyzer analyzer = new Analyzer();
        events.stream().forEach(analyzer::analyze);
        events.forEach(notifier::notifyOf);
        events.forEach(sink::write);
        publishAll(events, new Publisher());
        Settings settings = new Settings();
        events.forEach(settings.archive::keep);
        events.forEach(Audit::record); // a real type: its static method
        Counter counter = new Counter();
        events.forEach(counter::add); // builds nothing per call
        QuietTracker Tracker = new QuietTracker();
        events.forEach(Tracker::track); // the local, not the type Tracker, whose static track builds a client
        return null;
    }

    private void publishAll(List<String> events, Publisher publisher) {
        events.forEach(publisher::publish);
    }

    public static void main(String[] args) {
        Exporter exporter = new Exporter();
        List.of(args).forEach(exporter::export); // only a local run reaches it
    }
}
