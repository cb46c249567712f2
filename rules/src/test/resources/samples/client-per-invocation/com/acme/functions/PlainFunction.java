package com.acme.functions;

import java.util.function.Function;
import software.amazon.awssdk.services.ses.SesClient;

/** A function no bean returns and no annotation registers: Spring does not run it. */
public class PlainFunction implements Function<String, String> {
    @Override
    public String apply(String name) {
        return SesClient.create() + name;
    }
}
