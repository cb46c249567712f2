package com.acme.buffers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;

/** Text buffers that do not outgrow one invocation. */
public class BufferTrapsHandler implements RequestHandler<String, String> {
    private static final StringBuilder BANNER = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final StringWriter log = new StringWriter();
    private StringBuilder fresh = new StringBuilder();

    static {
        BANNER.append("orders ").append("v2"); // once per environment
    }

    @Override
    public String handleRequest(String input, Context context) {
        StringBuilder local = new StringBuilder();
        local.append(input);
        line.setLength(0); // emptied before each use
        line.append(input);
        ByteArrayOutputStream scratch = new ByteArrayOutputStream();
        scratch.write(input.length());
        log.getBuffer().setLength(0);
        log.write(input);
        fresh = new StringBuilder(); // a new one per invocation
        fresh.append(input);
        return new Report(input).render() + local + line + BANNER;
    }

    public static void main(String[] args) {
        BANNER.append(String.join(",", args)); // only main, which no handler reaches
    }
}
