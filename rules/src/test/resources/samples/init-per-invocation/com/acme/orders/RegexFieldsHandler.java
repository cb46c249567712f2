package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.regex.Pattern;

/** Final fields initialized with a literal are constants, static or not; other fields may change. */
public class RegexFieldsHandler implements RequestHandler<String, Boolean> {
    private final String REGEX = "^[A-Z]{2}\\d{8}$";
    private final String PREFIXED = "ORD-" + REGEX;
    private final String fromEnvironment = System.getenv("ORDER_ID_REGEX");
    private final String fromConstructor;
    private String mutable = "^[a-z]+$";

    public RegexFieldsHandler() {
        fromConstructor = "^x$";
    }

    @Override
    public Boolean handleRequest(String id, Context context) {
        boolean valid = Pattern.compile(REGEX).matcher(id).matches(); // Noncompliant {{Pattern (java.util.regex) is built on every invocation}}
        boolean prefixed = Pattern.compile(PREFIXED).matcher(id).matches(); // Noncompliant
        boolean configured = Pattern.compile(fromEnvironment).matcher(id).matches();
        boolean assigned = Pattern.compile(fromConstructor).matcher(id).matches();
        boolean changing = Pattern.compile(mutable).matcher(id).matches();
        mutable = id;
        return valid && prefixed && configured && assigned && changing;
    }
}
