package com.acme.lombok;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Warmed up once, from the handler's constructor, through a val local. */
class ReceiptFormatter {
    private ObjectMapper mapper;

    void warmUp() {
        mapper = new ObjectMapper();
    }

    String format(Map<String, String> receipt) {
        return String.valueOf(mapper.valueToTree(receipt));
    }
}
