package dev.lambdalint.usage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads a file of log messages, one a line: raw REPORT lines (copied, downloaded or printed by {@code aws logs
 * tail}, with or without a leading timestamp), timeout and OOM lines, and JSON records one per line.
 */
final class LineReader {
    private LineReader() {
    }

    static void read(BufferedReader in, FileSink sink) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String text = number == 1 ? UsageFormat.stripBom(line).strip() : line.strip();
            if (text.isEmpty() || text.startsWith("XRAY TraceId")) {
                continue;
            }
            int at = number;
            sink.read(at, () -> readLine(text));
        }
    }

    private static List<Parsed> readLine(String text) {
        int json = text.indexOf('{');
        boolean platform = text.contains(PlatformRecords.REPORT_TYPE);
        if (json == 0 || (json > 0 && platform && !text.contains(LogMessages.REPORT_MARK))) {
            JsonNode node = JsonRecords.readOrNull(text.substring(json));
            if (node != null) {
                return JsonRecords.parse(node);
            }
            if (platform) {
                return List.of(new Parsed.Malformed("invalid JSON in a platform.report record (truncated?)"));
            }
        }
        return List.of(LogMessages.parse(text, leadingTimestamp(text)));
    }

    private static Instant leadingTimestamp(String text) {
        int space = text.indexOf(' ');
        int tab = text.indexOf('\t');
        int end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
        return end > 0 ? Timestamps.parse(text.substring(0, end)) : null;
    }
}
