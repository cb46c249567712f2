package dev.lambdalint;

import java.util.Locale;

/** How bad a finding is; the order matters: ERROR is the most severe. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses error|warning|info, case-insensitively. */
    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new ConfigurationException("unknown severity '" + text + "' (expected error, warning or info)");
    }
}
