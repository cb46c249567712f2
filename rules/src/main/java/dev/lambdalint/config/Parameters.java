package dev.lambdalint.config;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import dev.lambdalint.sizing.UsageInput;
import dev.lambdalint.usage.LiveOptions;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The parameters every front end reads as text (a POM's values, command-line options), turned into the engine's
 * values, so that the Maven goals and the command line accept and refuse exactly the same things. A refusal is a
 * {@link ConfigurationException} naming the parameter as the user spells it: {@code named} maps the Maven
 * parameter name ({@code functionNames}) to the front end's spelling ({@code functionNames},
 * {@code --function-names}).
 */
public final class Parameters {
    private final UnaryOperator<String> named;

    public Parameters(UnaryOperator<String> named) {
        this.named = named;
    }

    /** Each value may itself be a comma-separated list ({@code -Dlambda-lint.x=a,b}, {@code --x a,b}); blanks go. */
    public static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                String trimmed = part.trim();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }

    /** As {@link #split(List)}, each entry a path as given (absolute, or relative to the project). */
    public static List<Path> paths(List<String> values) {
        return split(values).stream().map(Path::of).toList();
    }

    /** {@code failOnSeverity}: error, warning or info. */
    public Severity failOnSeverity(String value) {
        String name = named.apply("failOnSeverity");
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(name + " is empty; expected error, warning or info");
        }
        try {
            return Severity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("invalid value '" + value + "' for " + name
                    + "; expected error, warning or info", e);
        }
    }

    /** {@code encoding}: a charset name; blank means UTF-8. */
    public Charset encoding(String value) {
        if (value == null || value.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(value.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("unknown encoding '" + value + "' for " + named.apply("encoding"), e);
        }
    }

    /** {@code threads}: 1 or more; unset gives {@code unset} (0: one per core). */
    public int threads(Integer value, int unset) {
        if (value == null) {
            return unset;
        }
        if (value < 1) {
            throw new ConfigurationException(named.apply("threads") + " must be 1 or more, not " + value);
        }
        return value;
    }

    /** {@code functionNames}: entries {@code usage-name=LogicalId}, each possibly a comma-separated list. */
    public Map<String, String> functionNames(List<String> entries) {
        Map<String, String> names = new TreeMap<>();
        for (String entry : split(entries)) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new ConfigurationException("invalid " + named.apply("functionNames") + " entry '" + entry
                        + "'; expected usage-name=LogicalId");
            }
            names.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        return names;
    }

    /** The usage parameters as the engine takes them; the live mode only when {@code aws} is on. */
    public UsageInput usage(UsageParameters given) {
        Map<String, String> names = functionNames(given.functionNames());
        LiveOptions live = null;
        if (given.aws()) {
            if (given.awsLookBackDays() < 1 || given.awsTimeBudgetSeconds() < 1) {
                throw new ConfigurationException(named.apply("awsLookBackDays") + " and "
                        + named.apply("awsTimeBudgetSeconds") + " must be 1 or more, not " + given.awsLookBackDays()
                        + " and " + given.awsTimeBudgetSeconds());
            }
            live = LiveOptions.defaults().withRegion(blankToNull(given.awsRegion()))
                    .withProfile(blankToNull(given.awsProfile()))
                    .withLookBack(Duration.ofDays(given.awsLookBackDays()))
                    .withTimeBudget(Duration.ofSeconds(given.awsTimeBudgetSeconds()));
        }
        return new UsageInput(paths(given.files()), names, given.stackName(), live, given.awsFunctionPrefix());
    }

    /**
     * A build timestamp as reproducible builds give it ({@code project.build.outputTimestamp},
     * {@code SOURCE_DATE_EPOCH}): ISO-8601 with an offset, or seconds since the epoch. Empty when unset or not
     * understood (the caller then uses the current time).
     */
    public static Optional<Instant> timestamp(String value) {
        String stamp = value == null ? "" : value.trim();
        if (stamp.length() < 2) {
            // Maven's convention: a single character (often "1") means "not set"
            return Optional.empty();
        }
        try {
            return Optional.of(stamp.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(stamp))
                    : OffsetDateTime.parse(stamp).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
