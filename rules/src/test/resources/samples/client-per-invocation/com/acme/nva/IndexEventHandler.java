package com.acme.nva;

import com.amazonaws.services.lambda.runtime.Context;
import java.net.http.HttpClient;
import no.unit.nva.events.handlers.EventHandler;
import no.unit.nva.events.models.AwsEventBridgeEvent;

/** nva-commons' EventBridge base class calls processInput once per event. */
public class IndexEventHandler extends EventHandler<String, Void> {
    private static final HttpClient SHARED = HttpClient.newHttpClient();

    public IndexEventHandler() {
        super(String.class);
    }

    @Override
    protected Void processInput(String input, AwsEventBridgeEvent<String> event, Context context) {
        HttpClient client = HttpClient.newBuilder().build(); // Noncompliant {{of IndexEventHandler.processInput}}
        client.version();
        SHARED.version();
        return null;
    }
}
