package dev.lambdalint.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognizes a JSON value by its shape: a {@code platform.report} record, a log event ({@code message} with
 * {@code timestamp}, as {@code filter-log-events} prints them), a CloudWatch subscription payload, an Insights row
 * ({@code @}-fields) or a {@code get-query-results} document, or a container of these.
 */
final class JsonRecords {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonRecords() {
    }

    static List<Parsed> parse(JsonNode node) {
        List<Parsed> out = new ArrayList<>();
        collect(node, null, out);
        return out;
    }

    /** The array fields that hold events or rows: filter-log-events, subscription payloads, get-query-results. */
    static final List<String> CONTAINER_FIELDS = List.of("events", "logEvents", "results");

    static void collect(JsonNode node, String logGroup, List<Parsed> out) {
        if (node.isArray()) {
            if (isResultRow(node)) {
                out.add(named(InsightsRows.parse(resultRow(node)), logGroup));
                return;
            }
            node.forEach(element -> collect(element, logGroup, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String group = node.hasNonNull("logGroup") ? node.get("logGroup").asText() : logGroup;
        boolean container = false;
        for (String field : CONTAINER_FIELDS) {
            if (node.path(field).isArray()) {
                collect(node.get(field), group, out);
                container = true;
            }
        }
        if (!container) {
            out.add(named(record(node), group));
        }
    }

    static Parsed record(JsonNode node) {
        if (PlatformRecords.isPlatformRecord(node)) {
            return PlatformRecords.parse(node, null);
        }
        if (node.path("message").isTextual()) {
            return event(node.get("message").asText(), Timestamps.parse(node.path("timestamp").asText()));
        }
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        if (InsightsRows.isInsightsRow(fields)) {
            Map<String, String> row = new LinkedHashMap<>();
            node.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            return InsightsRows.parse(row);
        }
        return LogMessages.parse(node.toString(), null);
    }

    /** One CloudWatch log event's message: a text line, or a JSON log format record as a string. */
    static Parsed event(String message, Instant timestamp) {
        String text = message.strip();
        if (text.startsWith("{")) {
            JsonNode node = readOrNull(text);
            if (node != null && PlatformRecords.isPlatformRecord(node)) {
                return PlatformRecords.parse(node, timestamp);
            }
            if (node == null && text.contains(PlatformRecords.REPORT_TYPE)) {
                return new Parsed.Malformed("invalid JSON in a platform.report record (truncated?)");
            }
        }
        return LogMessages.parse(message, timestamp);
    }

    static JsonNode readOrNull(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** One row of {@code get-query-results}: {@code [{"field": "@log", "value": "…"}, …]}. */
    private static boolean isResultRow(JsonNode array) {
        return array.size() > 0 && array.get(0).isObject() && array.get(0).has("field") && array.get(0).has("value");
    }

    private static Map<String, String> resultRow(JsonNode array) {
        Map<String, String> row = new LinkedHashMap<>();
        array.forEach(cell -> row.put(cell.path("field").asText(), cell.path("value").asText(null)));
        return row;
    }

    /** Events of a subscription payload belong to its log group's function. */
    private static Parsed named(Parsed parsed, String logGroup) {
        String function = InsightsRows.functionOf(logGroup);
        if (function == null) {
            return parsed;
        }
        if (parsed instanceof Parsed.Report r && r.record().function() == null) {
            return new Parsed.Report(r.record().withFunction(function, NameSource.LOG_GROUP));
        }
        if (parsed instanceof Parsed.End e && e.end().function() == null) {
            return new Parsed.End(e.end().withFunction(function, NameSource.LOG_GROUP));
        }
        return parsed;
    }
}
