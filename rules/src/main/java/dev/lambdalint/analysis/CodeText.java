package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;

/**
 * Code as text: on one line, without the comments JavaParser would print with it and without the source's own
 * layout (the syntax tree is printed, so line breaks, indentation and comments in the source change nothing).
 */
public final class CodeText {
    private static final int MAX = 60;
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC)));

    private CodeText() {
    }

    /** Kept short, for a message. */
    public static String of(Node node) {
        String text = normalized(node);
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }

    /** The whole of it, the same whatever the source's whitespace and comments. */
    public static String normalized(Node node) {
        return PRINTER.print(node).replaceAll("\\s+", " ").trim();
    }
}
