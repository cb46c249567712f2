package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Console lines in compiler style, which IDEs and CI logs turn into links. Pure formatting: the caller logs each
 * finding's lines at the level of its severity.
 */
public final class ConsoleReport {
    private ConsoleReport() {
    }

    /** {@code path:[line,col] rule-id: message}, then {@code     via A.m -> B.n} when the finding has a call chain. */
    public static List<String> lines(Finding finding) {
        List<String> lines = new ArrayList<>(2);
        lines.add(finding.path() + ":[" + finding.line() + "," + finding.column() + "] " + finding.ruleId() + ": "
                + finding.message());
        if (!finding.callChain().isEmpty()) {
            lines.add("    via " + finding.chainText());
        }
        return lines;
    }

    /** The lines of every finding, in the result's order. */
    public static List<String> lines(AnalysisResult result) {
        return result.findings().stream().flatMap(f -> lines(f).stream()).toList();
    }

    /**
     * One line such as {@code lambda-lint: 3 errors, 1 warning in 2 handlers (41 files, 0.4 s, 2 suppressed).
     * Report: x.html}; the suppressed count only when there are some, the report part only when {@code reportFile}
     * is given.
     */
    public static String summary(AnalysisResult result, Path reportFile) {
        List<String> counts = new ArrayList<>();
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long infos = result.count(Severity.INFO);
        if (errors > 0) {
            counts.add(plural(errors, "error"));
        }
        if (warnings > 0) {
            counts.add(plural(warnings, "warning"));
        }
        if (infos > 0) {
            counts.add(infos + " info");
        }
        String found = counts.isEmpty() ? "no findings" : String.join(", ", counts);
        String suppressed = (result.suppressed() == 0 ? "" : ", " + result.suppressed() + " suppressed")
                + (result.fromCache() ? ", unchanged since the last run" : "");
        String line = String.format(Locale.ROOT, "lambda-lint: %s in %s (%s, %.1f s%s).", found,
                plural(result.handlers().size(), "handler"), plural(result.filesAnalyzed(), "file"),
                result.durationMillis() / 1000.0, suppressed);
        return reportFile == null ? line : line + " Report: " + reportFile;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
