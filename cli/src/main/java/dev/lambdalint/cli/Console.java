package dev.lambdalint.cli;

import dev.lambdalint.Finding;
import dev.lambdalint.fix.FixSet;
import dev.lambdalint.report.ConsoleReport;
import java.io.PrintWriter;

/**
 * Prints as the Maven plugin logs: each entry behind a {@code [ERROR]}, {@code [WARNING]} or {@code [INFO]} level
 * (coloured as Maven colours them), a finding as the engine's compiler-style lines. Running the CLI and the goal
 * on one project shows the same lines.
 */
final class Console {
    private static final String RESET = "\u001B[0m";

    private final PrintWriter out;
    private final boolean colour;

    Console(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    boolean colour() {
        return colour;
    }

    /** One finding at the level of its severity: the location line, its call chain, whether {@code fix} fixes it. */
    void finding(Finding finding, FixSet fixes) {
        String text = String.join(System.lineSeparator(), ConsoleReport.lines(finding, colour, fixes));
        switch (finding.severity()) {
            case ERROR -> error(text);
            case WARNING -> warn(text);
            case INFO -> info(text);
        }
    }

    void error(String text) {
        print("ERROR", "\u001B[1;31m", text);
    }

    void warn(String text) {
        print("WARNING", "\u001B[1;33m", text);
    }

    void info(String text) {
        print("INFO", "\u001B[1;34m", text);
    }

    private void print(String level, String style, String text) {
        out.println("[" + (colour ? style + level + RESET : level) + "] " + text);
    }
}
