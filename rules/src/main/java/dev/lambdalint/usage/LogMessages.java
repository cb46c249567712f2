package dev.lambdalint.usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one CloudWatch log message in the text format: a REPORT record, or a line that ends an invocation by
 * timeout or out of memory. Fields are found by their labels, so tab or space separators, stray spaces and any
 * field order all read the same.
 */
final class LogMessages {
    static final String REPORT_MARK = "REPORT RequestId:";

    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";
    private static final Pattern REQUEST_ID = Pattern.compile("RequestId: ?([^\\s]+)");
    private static final Pattern DURATION = Pattern.compile("(?<!Billed |Init |Restore )Duration: " + NUMBER + " ms");
    private static final Pattern BILLED = Pattern.compile("Billed Duration: " + NUMBER + " ms");
    private static final Pattern MEMORY_SIZE = Pattern.compile("Memory Size: ([0-9]+) MB");
    private static final Pattern MAX_USED = Pattern.compile("Max Memory Used: ([0-9]+) MB");
    private static final Pattern INIT = Pattern.compile("Init Duration: " + NUMBER + " ms");
    private static final Pattern RESTORE = Pattern.compile("(?<!Billed )Restore Duration: " + NUMBER + " ms");
    private static final Pattern STATUS = Pattern.compile("Status: ([A-Za-z]+)");
    private static final Pattern ERROR_TYPE = Pattern.compile("Error Type: ([A-Za-z0-9_.]+)");

    private static final Pattern TIMED_OUT = Pattern.compile("Task timed out after [0-9.]+ seconds");
    private static final Pattern KILLED = Pattern.compile("Runtime exited with error: signal: killed");
    private static final Pattern JAVA_OOM = Pattern.compile("java\\.lang\\.OutOfMemoryError");
    private static final Pattern CAUSED_BY = Pattern.compile("^\\s*Caused by:");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private LogMessages() {
    }

    /** A text message (possibly several lines, as one CloudWatch event holds with its X-Ray part). */
    static Parsed parse(String message, Instant timestamp) {
        int report = message.indexOf(REPORT_MARK);
        if (report >= 0) {
            return parseReport(message.substring(report), timestamp);
        }
        return abnormalEnd(message, timestamp);
    }

    private static Parsed parseReport(String text, Instant timestamp) {
        int xray = text.indexOf("XRAY TraceId");
        String body = xray >= 0 ? text.substring(0, xray) : text;
        List<String> missing = new ArrayList<>();
        Double duration = number(DURATION, body, "Duration", missing);
        Double billed = number(BILLED, body, "Billed Duration", missing);
        Double memory = number(MEMORY_SIZE, body, "Memory Size", missing);
        Double used = number(MAX_USED, body, "Max Memory Used", missing);
        if (!missing.isEmpty()) {
            return new Parsed.Malformed("REPORT record without " + String.join(", ", missing) + " (truncated?)");
        }
        String errorType = group(ERROR_TYPE, body);
        Outcome outcome = outcome(group(STATUS, body), errorType);
        ReportRecord record = new ReportRecord(null, null, group(REQUEST_ID, body), timestamp, duration,
                (long) Math.ceil(billed), memory.intValue(), used.intValue(), optionalNumber(INIT, body),
                optionalNumber(RESTORE, body), outcome, errorType);
        return new Parsed.Report(record);
    }

    /** Maps a platform status and error type (text or JSON format) to how the invocation ended. */
    static Outcome outcome(String status, String errorType) {
        if (errorType != null && errorType.contains("OutOfMemory")) {
            return Outcome.OUT_OF_MEMORY;
        }
        if (status == null || status.equalsIgnoreCase("success")) {
            return Outcome.SUCCESS;
        }
        return status.equalsIgnoreCase("timeout") ? Outcome.TIMEOUT : Outcome.ERROR;
    }

    private static Parsed abnormalEnd(String message, Instant timestamp) {
        Matcher timedOut = TIMED_OUT.matcher(message);
        if (timedOut.find()) {
            return end(message, timestamp, Outcome.TIMEOUT, timedOut.group());
        }
        Matcher killed = KILLED.matcher(message);
        if (killed.find()) {
            return end(message, timestamp, Outcome.OUT_OF_MEMORY, killed.group());
        }
        Matcher javaOom = JAVA_OOM.matcher(message);
        // a "Caused by:" line repeats an OutOfMemoryError already counted on the line that threw it
        if (javaOom.find() && !CAUSED_BY.matcher(message).find()) {
            return end(message, timestamp, Outcome.OUT_OF_MEMORY, javaOom.group());
        }
        return Parsed.NOTHING;
    }

    private static Parsed end(String message, Instant timestamp, Outcome outcome, String evidence) {
        String requestId = group(REQUEST_ID, message);
        if (requestId == null) {
            Matcher uuid = UUID.matcher(message);
            requestId = uuid.find() ? uuid.group() : null;
        }
        return new Parsed.End(new AbnormalEnd(null, null, requestId, timestamp, outcome, evidence));
    }

    private static Double number(Pattern pattern, String text, String label, List<String> missing) {
        Double value = optionalNumber(pattern, text);
        if (value == null) {
            missing.add(label);
        }
        return value;
    }

    private static Double optionalNumber(Pattern pattern, String text) {
        String value = group(pattern, text);
        return value == null ? null : Double.valueOf(value);
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
