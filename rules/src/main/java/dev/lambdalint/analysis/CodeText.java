package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.configuration.DefaultConfigurationOption;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration;
import com.github.javaparser.printer.configuration.DefaultPrinterConfiguration.ConfigOption;

/** Code quoted in a message: on one line, without the comments JavaParser would print with it, kept short. */
public final class CodeText {
    private static final int MAX = 60;
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(new DefaultPrinterConfiguration()
            .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_COMMENTS))
            .removeOption(new DefaultConfigurationOption(ConfigOption.PRINT_JAVADOC)));

    private CodeText() {
    }

    public static String of(Node node) {
        String text = PRINTER.print(node).replaceAll("\\s+", " ").trim();
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
