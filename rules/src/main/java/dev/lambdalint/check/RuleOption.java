package dev.lambdalint.check;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One option a rule takes, declared beside its metadata: name, type, default and what it means. The user gives it as
 * text (a POM element, a command-line value); {@link #parse} turns that into the typed value or refuses it with a
 * message saying what was expected. Options nobody declared are refused before the analysis
 * ({@link dev.lambdalint.config.RuleSettings}), so a typo never silently leaves a default in place.
 *
 * @param <T> the value's type
 */
public final class RuleOption<T> {
    private final String name;
    private final String type;
    private final T defaultValue;
    private final String description;
    private final String expected;
    private final Function<String, T> parser;

    private RuleOption(String name, String type, T defaultValue, String description, String expected,
                       Function<String, T> parser) {
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("an option name is camelCase: " + name);
        }
        this.name = name;
        this.type = type;
        this.defaultValue = Objects.requireNonNull(defaultValue);
        this.description = description;
        this.expected = expected;
        this.parser = parser;
    }

    /** A share of something, above 0 and at most 1; the user may write {@code 0.8} or {@code 80%}. */
    public static RuleOption<Double> share(String name, double defaultValue, String description) {
        return new RuleOption<>(name, "share", defaultValue, description,
                "a share above 0 and at most 1, written 0.8 or 80%", text -> {
                    boolean percent = text.endsWith("%");
                    double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1).trim() : text);
                    double share = percent ? value / 100 : value;
                    if (!(share > 0 && share <= 1)) {
                        throw new NumberFormatException();
                    }
                    return share;
                });
    }

    /** A whole number of 0 or more. */
    public static RuleOption<Integer> count(String name, int defaultValue, String description) {
        return new RuleOption<>(name, "count", defaultValue, description, "a whole number of 0 or more", text -> {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        });
    }

    /** A number of 0 or more, fractions allowed. */
    public static RuleOption<Double> number(String name, double defaultValue, String description) {
        return new RuleOption<>(name, "number", defaultValue, description, "a number of 0 or more", text -> {
            double value = Double.parseDouble(text);
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        });
    }

    /** {@code true} or {@code false}. */
    public static RuleOption<Boolean> flag(String name, boolean defaultValue, String description) {
        return new RuleOption<>(name, "flag", defaultValue, description, "true or false", text -> {
            String value = text.toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException();
            }
            return Boolean.valueOf(value);
        });
    }

    /**
     * The value the user wrote, trimmed and parsed.
     *
     * @throws IllegalArgumentException saying what was expected, e.g. "must be a whole number of 0 or more, not 'x'"
     */
    public T parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return parser.apply(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be " + expected + ", not '" + trimmed + "'", e);
        }
    }

    public String name() {
        return name;
    }

    /** "share", "count", "number" or "flag". */
    public String type() {
        return type;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** The default as the user would write it: {@code 0.95}, {@code 50}. */
    public String defaultText() {
        if (defaultValue instanceof Double d && d == Math.rint(d) && !type.equals("share")) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(defaultValue);
    }

    /** What the option means, one or two sentences. */
    public String description() {
        return description;
    }

    /** What a valid value looks like: "a whole number of 0 or more". */
    public String expected() {
        return expected;
    }

    @Override
    public String toString() {
        return name + " (" + type + ", default " + defaultText() + ")";
    }
}
