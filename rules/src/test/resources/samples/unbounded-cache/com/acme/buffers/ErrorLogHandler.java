package com.acme.buffers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Stack traces written into buffers the handler keeps: every failed invocation adds one. */
public class ErrorLogHandler implements RequestHandler<String, String> {
    private final StringWriter errors = new StringWriter(); // Noncompliant {{errors (a StringWriter field of the handler}} {{it grows at printStackTrace at}}
    private static final ByteArrayOutputStream DUMPS = new ByteArrayOutputStream(); // Noncompliant {{DUMPS (a static ByteArrayOutputStream field)}}
    private final StringWriter lastError = new StringWriter();

    @Override
    public String handleRequest(String input, Context context) {
        try {
            return Integer.toString(Integer.parseInt(input));
        } catch (NumberFormatException e) {
            e.printStackTrace(new PrintWriter(errors));
            e.printStackTrace(new PrintStream(DUMPS));
            lastError.getBuffer().setLength(0); // emptied first: one trace at a time
            e.printStackTrace(new PrintWriter(lastError));
            StringWriter local = new StringWriter();
            e.printStackTrace(new PrintWriter(local));
            context.getLogger().log(errors + local.toString() + lastError);
            return "bad input";
        }
    }
}
