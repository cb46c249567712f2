package com.acme.buffers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Text buffers kept by the handler object, written on every invocation and never emptied. */
public class BufferHandler implements RequestHandler<String, String> {
    private static final StringBuffer AUDIT = new StringBuffer(); // Noncompliant {{AUDIT (a static StringBuffer field) outlives the invocation}} {{Build the text in a local of the invocation}}
    private final StringBuilder trace = new StringBuilder(); // Noncompliant {{trace (a StringBuilder field of the handler}} {{it grows at append at}}
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(); // Noncompliant {{body (a ByteArrayOutputStream field of the handler}}

    @Override
    public String handleRequest(String input, Context context) {
        AUDIT.append(context.getAwsRequestId()).append('\n');
        trace.append("handled ").append(input);
        body.writeBytes(input.getBytes(StandardCharsets.UTF_8));
        body.write('\n');
        return trace.toString();
    }
}
