package com.acme.shared;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Created per invocation by its callers, so its field initialiser runs per invocation too. */
public class OrderParser {
    private final ObjectMapper mapper = new ObjectMapper(); // Noncompliant {{via JsonHandler.handleRequest -> OrderParser.<init>}}

    public String id(String body) {
        return mapper.readTree(body).get("id").asText();
    }
}
