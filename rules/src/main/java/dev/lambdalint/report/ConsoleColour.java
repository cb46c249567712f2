package dev.lambdalint.report;

import java.util.Locale;

/**
 * Whether console lines get ANSI colour, by Maven's own rules: {@code -Dstyle.color=always|never|auto} decides
 * first; under {@code auto} (the default) colour needs an interactive build (not {@code -B}), a terminal, a
 * {@code TERM} other than {@code dumb}, and no {@code NO_COLOR} variable (no-color.org).
 */
public final class ConsoleColour {
    private ConsoleColour() {
    }

    /**
     * @param styleColor the {@code style.color} user property, or null
     * @param batchMode  whether Maven runs with {@code -B} (not interactive)
     * @param noColor    the {@code NO_COLOR} environment variable, or null
     * @param term       the {@code TERM} environment variable, or null
     * @param terminal   whether the output is a terminal
     */
    public static boolean enabled(String styleColor, boolean batchMode, String noColor, String term,
                                  boolean terminal) {
        String style = styleColor == null ? "auto" : styleColor.trim().toLowerCase(Locale.ROOT);
        if (style.equals("always") || style.equals("force")) {
            return true;
        }
        if (style.equals("never") || style.equals("none")) {
            return false;
        }
        boolean noColorSet = noColor != null && !noColor.isEmpty();
        boolean dumb = "dumb".equals(term);
        return !batchMode && !noColorSet && !dumb && terminal;
    }
}
