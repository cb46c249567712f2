package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.util.Map;

/** The component is built once, in the constructor; its senders are used on every invocation. */
public class CallbackHandler implements RequestHandler<Map<String, String>, Integer> {
    private final CallbackSender sender;
    private final StatusNotifier notifier;

    public CallbackHandler() {
        CallbackComponent component = DaggerCallbackComponent.create();
        this.sender = component.sender();
        this.notifier = component.notifier();
    }

    @Override
    public Integer handleRequest(Map<String, String> event, Context context) {
        try {
            return sender.post(event.get("url"), event.get("body")) + sender.postTimed(event.get("url"), "{}")
                    + notifier.notify(event.get("status"));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
