package com.acme.functions;

import java.util.function.Function;
import software.amazon.awssdk.services.firehose.FirehoseClient;

/** Returned by a function bean: its apply runs per invocation. */
public class LengthFunction implements Function<String, Integer> {
    @Override
    public Integer apply(String text) {
        return FirehoseClient.create().hashCode() + text.length(); // Noncompliant {{of FunctionConfig.length}}
    }
}
