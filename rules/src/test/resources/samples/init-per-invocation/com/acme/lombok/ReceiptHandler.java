package com.acme.lombok;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import lombok.val;

/** Lombok's val: the local takes its initializer's type, so calls on it reach the project's code. */
public class ReceiptHandler implements RequestHandler<Map<String, String>, String> {
    private final ReceiptFormatter kept;

    public ReceiptHandler() {
        val formatter = new ReceiptFormatter();
        formatter.warmUp();
        this.kept = formatter;
    }

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        val writer = new ReceiptWriter();
        return writer.write(event) + kept.format(event);
    }
}
