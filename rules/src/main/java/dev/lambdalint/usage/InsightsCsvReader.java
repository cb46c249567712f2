package dev.lambdalint.usage;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a Logs Insights CSV export (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
final class InsightsCsvReader {

    private InsightsCsvReader() {
    }

    static void read(Reader in, FileSink sink) throws IOException {
        CsvRecords records = new CsvRecords(in);
        List<String> header = records.next();
        if (header == null) {
            return;
        }
        if (!header.isEmpty()) {
            header.set(0, UsageFormat.stripBom(header.get(0)));
        }
        header.replaceAll(String::trim);
        List<String> fields;
        while ((fields = records.next()) != null) {
            int line = records.recordLine();
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (fields.size() != header.size()) {
                sink.problem(line, "row has " + fields.size() + " fields, the header " + header.size() + " (truncated?)");
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), fields.get(i));
            }
            sink.read(line, () -> List.of(InsightsRows.parse(row)));
        }
    }

    /** Splits CSV into records, remembering the line each starts on. */
    private static final class CsvRecords {
        private final Reader in;
        private int line = 1;
        private int recordLine;
        private int peeked = -2;

        CsvRecords(Reader in) {
            this.in = in;
        }

        int recordLine() {
            return recordLine;
        }

        List<String> next() throws IOException {
            int c = read();
            if (c < 0) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        break;
                    } else if (c == '"' && peek() == '"') {
                        read();
                        field.append('"');
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append((char) c);
                    }
                } else if (c < 0 || c == '\n') {
                    break;
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c != '\r') {
                    field.append((char) c);
                }
                c = read();
            }
            fields.add(field.toString());
            return fields;
        }

        private int read() throws IOException {
            int c = peeked != -2 ? peeked : in.read();
            peeked = -2;
            if (c == '\n') {
                line++;
            }
            return c;
        }

        private int peek() throws IOException {
            if (peeked == -2) {
                peeked = in.read();
            }
            return peeked;
        }
    }
}
