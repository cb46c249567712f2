package dev.lambdalint.outcome;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import dev.lambdalint.baseline.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How findings decide a build, as a front end's configuration gives it.
 *
 * @param failOnSeverity  the least severe finding that fails the build
 * @param failOnViolation whether findings at the threshold fail the build at all; when false they are only reported
 * @param baseline        the baseline file: its findings are reported as baselined and never fail the build. Used
 *                        when the file exists; null for none
 */
public record Policy(Severity failOnSeverity, boolean failOnViolation, Path baseline) {

    /** Fail on warnings and errors, no baseline: the plugin's defaults. */
    public static final Policy DEFAULT = new Policy(Severity.WARNING, true, null);

    public Policy {
        Objects.requireNonNull(failOnSeverity, "failOnSeverity");
        baseline = baseline == null ? null : baseline.toAbsolutePath().normalize();
    }

    public Policy withFailOnSeverity(Severity value) {
        return new Policy(value, failOnViolation, baseline);
    }

    public Policy withFailOnViolation(boolean value) {
        return new Policy(failOnSeverity, value, baseline);
    }

    public Policy withBaseline(Path file) {
        return new Policy(failOnSeverity, failOnViolation, file);
    }

    /** The baseline file when one is configured and exists. */
    public Optional<Path> baselineInUse() {
        return Optional.ofNullable(baseline).filter(Files::isRegularFile);
    }

    /**
     * The baseline, read; empty when none is configured or the file does not exist.
     *
     * @throws ConfigurationException naming the file when it cannot be used (unreadable, not a baseline, written by
     *                                an earlier version: the message says to regenerate it)
     */
    public Optional<Baseline> readBaseline() {
        Optional<Path> file = baselineInUse();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Baseline.read(file.get()));
        } catch (ConfigurationException e) {
            throw new ConfigurationException("cannot use the baseline " + file.get() + ": " + e.getMessage(), e);
        }
    }
}
