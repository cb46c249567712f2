package com.acme.micronaut;

import io.micronaut.function.FunctionBean;
import java.util.function.Function;
import software.amazon.awssdk.services.sns.SnsClient;

@FunctionBean("isbn-validator")
public class IsbnValidator implements Function<String, Boolean> {
    @Override
    public Boolean apply(String isbn) {
        return SnsClient.create() != null && isbn.length() == 13; // Noncompliant {{of IsbnValidator.apply}}
    }
}
