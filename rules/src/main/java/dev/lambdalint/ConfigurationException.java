package dev.lambdalint;

/**
 * Something the user configured cannot be used: an unknown rule or option, a bad value, a baseline this version does
 * not read, live mode in an offline build. The message names what is wrong and what would be right, ready to show
 * as it is; front ends report it as a usage error (no stack trace), not as a failure of the analysis.
 */
public class ConfigurationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
