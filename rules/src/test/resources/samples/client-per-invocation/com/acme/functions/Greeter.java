package com.acme.functions;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.ses.SesClient;

/** A function declared as a component class. */
@Component
public class Greeter implements Function<String, String> {
    private final SesClient once = SesClient.create();

    @Override
    public String apply(String name) {
        return SesClient.create() + name + once; // Noncompliant {{of Greeter.apply}}
    }
}
