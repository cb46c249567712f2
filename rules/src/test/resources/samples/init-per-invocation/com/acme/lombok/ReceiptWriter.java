package com.acme.lombok;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

class ReceiptWriter {
    String write(Map<String, String> receipt) {
        try {
            return new ObjectMapper().writeValueAsString(receipt); // Noncompliant {{ObjectMapper}}
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
