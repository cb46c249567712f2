package dev.lambdalint.usage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The timestamp shapes usage files carry: ISO-8601 with Z or an offset, Insights' "2024-06-17 17:23:55.826" (UTC), epoch ms. */
final class Timestamps {
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,14}");

    private Timestamps() {
    }

    /** The instant, or null when the text is no timestamp. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        if (EPOCH_MILLIS.matcher(t).matches()) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }
}
