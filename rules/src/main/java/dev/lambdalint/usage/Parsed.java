package dev.lambdalint.usage;

/** What one log message, JSON record or export row turned out to be. Function names are filled in by the reader. */
sealed interface Parsed {

    record Report(ReportRecord record) implements Parsed {
    }

    record End(AbnormalEnd end) implements Parsed {
    }

    record Malformed(String reason) implements Parsed {
    }

    /** Not usage: an application log line, a START/END line, an INIT_REPORT, an X-Ray line. */
    record Nothing() implements Parsed {
    }

    Parsed NOTHING = new Nothing();
}
