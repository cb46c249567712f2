package com.acme.orders;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A formatter of a constant pattern built per call is a finding; one of a pattern from the event cannot be hoisted. */
public class DateHandler implements RequestHandler<Map<String, String>, String> {
    private static final String DAY = "yyyy-MM-dd";
    private static final DateTimeFormatter KEPT = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private DateTimeFormatter lazy;

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        StringBuilder out = new StringBuilder();
        for (String line : List.of(event.get("log").split("\n"))) {
            DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH); // Noncompliant {{DateTimeFormatter (java.time) is built on every invocation}}
            out.append(ZonedDateTime.parse(line, formatter));
        }
        out.append(LocalDate.now().format(DateTimeFormatter.ofPattern(DAY))); // Noncompliant {{a constant pattern needs only once}}
        out.append(LocalDate.now().format(KEPT));
        out.append(DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now()));
        out.append(DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC).format(ZonedDateTime.now()));
        out.append(LocalDate.now().format(DateTimeFormatter.ofPattern(event.get("format"))));
        // a constant pattern in the event's language: one formatter per call cannot become one field
        out.append(LocalDate.now().format(DateTimeFormatter.ofPattern(DAY, Locale.forLanguageTag(event.get("lang")))));
        out.append(localized(Locale.forLanguageTag(event.get("lang"))));
        return out.append(lazyFormatted()).toString();
    }

    private String localized(Locale locale) {
        return LocalDate.now().format(DateTimeFormatter.ofPattern(DAY, locale));
    }

    private String lazyFormatted() {
        if (lazy == null) {
            lazy = DateTimeFormatter.ofPattern("HH:mm");
        }
        return lazy.format(ZonedDateTime.now());
    }
}
