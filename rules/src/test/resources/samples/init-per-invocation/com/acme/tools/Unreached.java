package com.acme.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;

/** Not reached from any handler: build tooling, run once. */
public class Unreached {
    public String dump(Object value) {
        Pattern.compile("[a-z]+");
        return new ObjectMapper().writeValueAsString(value);
    }
}
