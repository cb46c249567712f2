package com.acme.dagger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;

/**
 * The component's type is written nowhere (a var local, DaggerReceiptComponent generated at build time): its
 * bindings are still the component's, found through the generated class's name.
 */
public class ReceiptHandler implements RequestHandler<String, Integer> {
    private final ReceiptSender sender;

    public ReceiptHandler() {
        var receipts = DaggerReceiptComponent.create();
        this.sender = receipts.sender();
    }

    @Override
    public Integer handleRequest(String url, Context context) {
        try {
            return sender.send(url);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
