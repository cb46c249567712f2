package com.acme.a;

import java.util.Map;
import java.util.regex.Pattern;

/** A handler only the template names; its pattern is compiled once, in a static field. */
public class Reports {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public String run(Map<String, Object> event) {
        Object month = event.get("month");
        return month != null && MONTH.matcher(month.toString()).matches() ? "ok" : "bad month";
    }
}
