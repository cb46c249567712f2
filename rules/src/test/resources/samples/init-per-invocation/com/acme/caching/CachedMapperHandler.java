package com.acme.caching;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.Lazy;
import java.util.List;
import java.util.regex.Pattern;

/** Holders of expensive objects built per invocation (findings) and kept (quiet); a request-scoped memo (quiet). */
public class CachedMapperHandler implements RequestHandler<List<Integer>, String> {
    private static final MapperHolder KEPT = new MapperHolder();
    private static final Lazy<Pattern> SKU = Lazy.of(() -> Pattern.compile("[A-Z]{3}-\\d{6}"));
    private final String regex = "[0-9]+";

    @Override
    public String handleRequest(List<Integer> amounts, Context context) throws Exception {
        ObjectMapper mapper = new MapperHolder().mapper(); // Noncompliant {{ObjectMapper (Jackson) is built on every invocation}} {{cached in a MapperHolder}}
        Lazy<Pattern> pattern = Lazy.of(() -> Pattern.compile(regex)); // Noncompliant {{Pattern (java.util.regex)}} {{lazy value (Vavr Lazy)}}
        int total = new OrderView(amounts).total();
        return mapper.writeValueAsString(amounts) + KEPT.mapper().writeValueAsString(total) + pattern.get()
                + SKU.get();
    }
}
