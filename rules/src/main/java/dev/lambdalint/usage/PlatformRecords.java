package dev.lambdalint.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON log format record ({@code "type": "platform.report"}) as the Telemetry API defines it. */
final class PlatformRecords {
    static final String REPORT_TYPE = "platform.report";

    private PlatformRecords() {
    }

    static boolean isPlatformRecord(JsonNode node) {
        return node.path("type").asText("").startsWith("platform.");
    }

    /** @param eventTime the time of the CloudWatch event holding the record, used when the record has none */
    static Parsed parse(JsonNode node, Instant eventTime) {
        if (!REPORT_TYPE.equals(node.path("type").asText())) {
            return Parsed.NOTHING;
        }
        JsonNode record = node.path("record");
        JsonNode metrics = record.path("metrics");
        String status = text(record, "status");
        String errorType = text(record, "errorType");
        Outcome outcome = LogMessages.outcome(status, errorType);
        String requestId = text(record, "requestId");
        Instant time = Timestamps.parse(text(node, "time"));
        Instant timestamp = time != null ? time : eventTime;
        List<String> missing = new ArrayList<>();
        Double duration = number(metrics, "durationMs", missing);
        Double billed = number(metrics, "billedDurationMs", missing);
        Double memory = number(metrics, "memorySizeMB", missing);
        Double used = number(metrics, "maxMemoryUsedMB", missing);
        if (!missing.isEmpty()) {
            if (outcome == Outcome.TIMEOUT || outcome == Outcome.OUT_OF_MEMORY) {
                // failed reports may lack metrics; the end itself still counts
                String evidence = REPORT_TYPE + " status " + status + (errorType == null ? "" : " " + errorType);
                return new Parsed.End(new AbnormalEnd(null, null, requestId, timestamp, outcome, evidence));
            }
            return new Parsed.Malformed(REPORT_TYPE + " record without metrics." + String.join(", metrics.", missing));
        }
        return new Parsed.Report(new ReportRecord(null, null, requestId, timestamp, duration,
                (long) Math.ceil(billed), memory.intValue(), used.intValue(), number(metrics, "initDurationMs", null),
                number(metrics, "restoreDurationMs", null), outcome, errorType));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A numeric field (numbers or numeric strings); null when absent, noted in {@code missing} when given. */
    private static Double number(JsonNode node, String field, List<String> missing) {
        JsonNode value = node.get(field);
        Double number = null;
        if (value != null && value.isNumber()) {
            number = value.doubleValue();
        } else if (value != null && value.isTextual()) {
            number = Numbers.parse(value.asText());
        }
        if (number == null && missing != null) {
            missing.add(field);
        }
        return number;
    }
}
