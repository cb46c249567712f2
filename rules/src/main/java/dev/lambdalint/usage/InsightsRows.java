package dev.lambdalint.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one row of a CloudWatch Logs Insights result ({@code @memorySize}, {@code @maxMemoryUsed} and so on).
 * Insights gives memory in bytes counted as MB x 1,000,000, often in scientific notation ("1.28E8").
 */
final class InsightsRows {
    private static final double BYTES_PER_MB = 1_000_000;
    private static final String AWS_LAMBDA_GROUP = "/aws/lambda/";

    private InsightsRows() {
    }

    static boolean isInsightsRow(Iterable<String> fieldNames) {
        for (String name : fieldNames) {
            if (name.startsWith("@")) {
                return true;
            }
        }
        return false;
    }

    static Parsed parse(Map<String, String> row) {
        Parsed parsed = parseMetrics(row);
        String function = functionOf(row.get("@log"));
        if (function == null) {
            return parsed;
        }
        if (parsed instanceof Parsed.Report report) {
            return new Parsed.Report(report.record().withFunction(function, NameSource.LOG_GROUP));
        }
        if (parsed instanceof Parsed.End end) {
            return new Parsed.End(end.end().withFunction(function, NameSource.LOG_GROUP));
        }
        return parsed;
    }

    private static Parsed parseMetrics(Map<String, String> row) {
        String type = row.get("@type");
        String message = row.get("@message");
        var timestamp = Timestamps.parse(row.get("@timestamp"));
        boolean hasMetrics = !blank(row.get("@maxMemoryUsed")) || !blank(row.get("@memorySize"));
        boolean otherType = !blank(type) && !type.equals("REPORT");
        if (otherType || !hasMetrics) {
            if (!blank(message)) {
                return LogMessages.parse(message, timestamp);
            }
            return otherType ? Parsed.NOTHING : new Parsed.Malformed("row without @maxMemoryUsed and @memorySize");
        }
        List<String> problems = new ArrayList<>();
        Double memory = megabytes(row, "@memorySize", problems);
        Double used = megabytes(row, "@maxMemoryUsed", problems);
        Double duration = number(row, "@duration", true, problems);
        Double billed = number(row, "@billedDuration", true, problems);
        Double init = number(row, "@initDuration", false, problems);
        if (!problems.isEmpty()) {
            return new Parsed.Malformed(String.join("; ", problems));
        }
        Double restore = null;
        Outcome outcome = Outcome.SUCCESS;
        String errorType = null;
        String requestId = row.get("@requestId");
        if (!blank(message) && LogMessages.parse(message, timestamp) instanceof Parsed.Report fromMessage) {
            // Insights discovers no Status, Error Type or Restore Duration fields; the message has them
            restore = fromMessage.record().restoreDurationMs();
            outcome = fromMessage.record().outcome();
            errorType = fromMessage.record().errorType();
            if (blank(requestId)) {
                requestId = fromMessage.record().requestId();
            }
        }
        return new Parsed.Report(new ReportRecord(null, null, blank(requestId) ? null : requestId, timestamp,
                duration, (long) Math.ceil(billed), (int) Math.round(memory), (int) Math.round(used), init, restore,
                outcome, errorType));
    }

    /** "123456789012:/aws/lambda/orders" names the function "orders"; a custom group names itself. */
    static String functionOf(String log) {
        if (blank(log)) {
            return null;
        }
        String group = log.substring(log.indexOf(':') + 1).trim();
        return group.startsWith(AWS_LAMBDA_GROUP) ? group.substring(AWS_LAMBDA_GROUP.length()) : group;
    }

    private static Double megabytes(Map<String, String> row, String field, List<String> problems) {
        Double bytes = number(row, field, true, problems);
        // below 1,000,000 the value cannot be bytes of a Lambda (128 MB minimum): the query already gave MB
        if (bytes == null || bytes < BYTES_PER_MB) {
            return bytes;
        }
        return bytes / BYTES_PER_MB;
    }

    private static Double number(Map<String, String> row, String field, boolean required, List<String> problems) {
        String text = row.get(field);
        if (blank(text)) {
            if (required) {
                problems.add("no " + field);
            }
            return null;
        }
        Double value = Numbers.parse(text);
        if (value == null) {
            problems.add(field + " is '" + text + "', not a number");
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
