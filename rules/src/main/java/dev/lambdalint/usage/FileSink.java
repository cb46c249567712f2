package dev.lambdalint.usage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects what one file yields; records that do not name their function get the file's name hint. */
final class FileSink {
    private final String source;
    private final String functionHint;
    private final List<ReportRecord> reports = new ArrayList<>();
    private final List<AbnormalEnd> ends = new ArrayList<>();
    private final List<UsageProblem> problems = new ArrayList<>();

    FileSink(String source, String functionHint) {
        this.source = source;
        this.functionHint = functionHint;
    }

    void accept(Parsed parsed, int line) {
        if (parsed instanceof Parsed.Report r) {
            ReportRecord record = r.record();
            reports.add(record.function() != null ? record : record.withFunction(functionHint, NameSource.FILE_NAME));
        } else if (parsed instanceof Parsed.End e) {
            AbnormalEnd end = e.end();
            ends.add(end.function() != null ? end : end.withFunction(functionHint, NameSource.FILE_NAME));
        } else if (parsed instanceof Parsed.Malformed m) {
            problem(line, m.reason());
        }
    }

    /** Parses one line, row or element; a bug in reading it costs that one item, never the file. */
    void read(int line, Supplier<? extends Iterable<Parsed>> parse) {
        try {
            parse.get().forEach(parsed -> accept(parsed, line));
        } catch (RuntimeException e) {
            problem(line, "cannot read this record (" + e.getClass().getSimpleName() + ")");
        }
    }

    void problem(int line, String message) {
        problems.add(new UsageProblem(source, line, message));
    }

    RecordedUsage result() {
        if (reports.isEmpty() && ends.isEmpty() && problems.isEmpty()) {
            problem(0, "no REPORT records found (expected raw REPORT lines, JSON platform.report records, "
                    + "aws logs filter-log-events output or a Logs Insights export)");
        }
        return new RecordedUsage(reports, ends, problems);
    }
}
