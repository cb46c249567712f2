package dev.lambdalint.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/** The shape of a usage file, told by its first bytes rather than its name. */
enum UsageFormat {
    /** One log message per line: raw REPORT lines, timeout/OOM lines, JSON records one per line. */
    LINES,
    /** One JSON document (or several): filter-log-events output, an Insights JSON export, a JSON array. */
    JSON_DOCUMENT,
    /** An Insights CSV export: a header of @-fields. */
    INSIGHTS_CSV,
    BINARY;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static UsageFormat detect(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return BINARY;
        }
        for (byte b : head) {
            if (b == 0) {
                return BINARY;
            }
        }
        String text = stripBom(new String(head, StandardCharsets.UTF_8)).stripLeading();
        String firstLine = text.lines().findFirst().orElse("").trim();
        if (text.startsWith("[")) {
            return JSON_DOCUMENT;
        }
        if (text.startsWith("{")) {
            return isWholeJsonValue(firstLine) ? LINES : JSON_DOCUMENT;
        }
        return firstLine.contains(",") && firstLine.replace("\"", "").matches("(?s).*(^|,)\\s*@\\w+.*")
                ? INSIGHTS_CSV : LINES;
    }

    static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean isWholeJsonValue(String line) {
        try {
            MAPPER.readTree(line);
            return true;
        } catch (com.fasterxml.jackson.core.JsonProcessingException notOneLine) {
            return false;
        }
    }
}
