package dev.lambdalint.report;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import dev.lambdalint.fix.FixSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Console lines in compiler style, which IDEs and CI logs turn into links. Pure formatting: the caller logs each
 * finding's lines at the level of its severity, and decides with {@link ConsoleColour} whether to colour them.
 */
public final class ConsoleReport {
    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String FIXABLE = "\u001B[32m";
    public static final String FIXABLE_TEXT = "fixable with lambda-lint:fix";

    private ConsoleReport() {
    }

    /** {@code path:[line,col] rule-id: message}, then {@code     via A.m -> B.n} when the finding has a call chain. */
    public static List<String> lines(Finding finding) {
        return lines(finding, false);
    }

    /** As {@link #lines(Finding)}; with colour, the location is bold, the rule id in its severity's colour, the chain dim. */
    public static List<String> lines(Finding finding, boolean colour) {
        return lines(finding, colour, FixSet.NONE);
    }

    /** As {@link #lines(Finding, boolean)}, then {@code     fixable with lambda-lint:fix} when the fixes hold its fix. */
    public static List<String> lines(Finding finding, boolean colour, FixSet fixes) {
        List<String> lines = new ArrayList<>(2);
        String location = finding.path() + ":[" + finding.line() + "," + finding.column() + "]";
        lines.add(paint(BOLD, location, colour) + " " + paint(colourOf(finding.severity()), finding.ruleId(), colour)
                + ": " + finding.message());
        if (!finding.callChain().isEmpty()) {
            lines.add("    " + paint(DIM, "via " + finding.chainText(), colour));
        }
        if (fixes.fixFor(finding).isPresent()) {
            lines.add("    " + paint(FIXABLE, FIXABLE_TEXT, colour));
        }
        return lines;
    }

    /** The lines of every finding, in the result's order. */
    public static List<String> lines(AnalysisResult result) {
        return result.findings().stream().flatMap(f -> lines(f, false, result.fixes()).stream()).toList();
    }

    /**
     * One line such as {@code lambda-lint: 3 errors, 1 warning in 2 handlers (41 files, 0.4 s, 2 suppressed).
     * Report: x.html}; the suppressed count only when there are some, the report part only when {@code reportFile}
     * is given.
     */
    public static String summary(AnalysisResult result, Path reportFile) {
        return summary(result, 0, reportFile, false);
    }

    /**
     * As {@link #summary(AnalysisResult, Path)}, for a result holding only the findings the baseline did not accept,
     * with how many it accepted ({@code , 3 baselined}) when there are some.
     */
    public static String summary(AnalysisResult result, int baselined, Path reportFile, boolean colour) {
        List<String> counts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = result.count(severity);
            if (n > 0) {
                String text = severity == Severity.INFO ? n + " info" : plural(n, severity.id());
                counts.add(paint(colourOf(severity), text, colour));
            }
        }
        String found = counts.isEmpty() ? "no findings" : String.join(", ", counts);
        String extras = (result.suppressed() == 0 ? "" : ", " + result.suppressed() + " suppressed")
                + (baselined == 0 ? "" : ", " + baselined + " baselined")
                + (result.fromCache() ? ", unchanged since the last run" : "");
        String line = String.format(Locale.ROOT, "lambda-lint: %s in %s (%s, %.1f s%s).", found,
                plural(result.handlers().size(), "handler"), plural(result.filesAnalyzed(), "file"),
                result.durationMillis() / 1000.0, extras);
        return reportFile == null ? line : line + " Report: " + paint(BOLD, reportFile.toString(), colour);
    }

    /**
     * With recorded usage, up to two lines for after the findings: the usage read with its errors and error rate,
     * per function with errors; and where to start, the functions with findings, the one that runs most first.
     * None without usage.
     */
    public static List<String> usageLines(AnalysisResult result) {
        if (!result.sizing().usageRead()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("lambda-lint: recorded usage: " + UsageSummary.of(result.sizing()).text());
        List<WhereToStart.Entry> start = WhereToStart.of(result);
        if (!start.isEmpty()) {
            List<String> entries = new ArrayList<>();
            for (int i = 0; i < start.size(); i++) {
                WhereToStart.Entry e = start.get(i);
                entries.add((i + 1) + ". " + e.title() + ", " + e.traffic() + ": " + e.counts());
            }
            lines.add("lambda-lint: where to start (the function that runs most has the most to gain): "
                    + String.join("; ", entries) + ".");
        }
        return lines;
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }

    private static String paint(String style, String text, boolean colour) {
        return colour ? style + text + RESET : text;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
