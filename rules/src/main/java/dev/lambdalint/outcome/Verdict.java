package dev.lambdalint.outcome;

import dev.lambdalint.Finding;
import dev.lambdalint.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the build passes, and why: the findings that decide it (those the baseline does not hold) counted by
 * severity, against the threshold and {@code failOnViolation}. Every front end shows the same texts.
 *
 * @param threshold       the least severe finding that fails the build
 * @param failOnViolation whether findings at the threshold fail it at all
 * @param counts          the deciding findings by severity (every severity, 0 included)
 * @param failing         how many of them are at or above the threshold
 * @param fails           whether the build fails: failOnViolation and at least one failing finding
 */
public record Verdict(Severity threshold, boolean failOnViolation, Map<Severity, Long> counts, long failing,
                      boolean fails) {

    public Verdict {
        counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    /** The verdict on the findings that decide the build. */
    public static Verdict of(List<Finding> deciding, Severity threshold, boolean failOnViolation) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, deciding.stream().filter(f -> f.severity() == s).count());
        }
        long failing = deciding.stream().filter(f -> f.severity().atLeast(threshold)).count();
        return new Verdict(threshold, failOnViolation, counts, failing, failOnViolation && failing > 0);
    }

    /**
     * The outcome in one sentence, as the HTML report shows it at the top: "The build fails: 3 findings at or above
     * warning (2 errors, 1 warning).", "The build passes because failOnViolation is false: …", or "The build passes:
     * no finding at or above warning.".
     */
    public String text() {
        if (fails) {
            return "The build fails: " + countsAtLeast() + ".";
        }
        if (failing > 0) {
            return "The build passes because failOnViolation is false: " + countsAtLeast() + ".";
        }
        return "The build passes: no finding at or above " + threshold.id() + ".";
    }

    /** Why the build fails: "lambda-lint found 3 findings at or above warning (2 errors, 1 warning)". */
    public String failureMessage() {
        return "lambda-lint found " + countsAtLeast();
    }

    /** When findings reach the threshold but failOnViolation is false, the warning that says the build goes on. */
    public Optional<String> warning() {
        if (fails || failing == 0) {
            return Optional.empty();
        }
        return Optional.of("lambda-lint: " + plural(failing, "finding") + " at or above " + threshold.id()
                + "; failOnViolation is false, so the build goes on");
    }

    /** "3 findings at or above warning (2 errors, 1 warning)". */
    private String countsAtLeast() {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = counts.getOrDefault(s, 0L);
            if (n > 0 && s.atLeast(threshold)) {
                parts.add(s == Severity.INFO ? n + " info" : plural(n, s.id()));
            }
        }
        return plural(failing, "finding") + " at or above " + threshold.id() + " (" + String.join(", ", parts) + ")";
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
