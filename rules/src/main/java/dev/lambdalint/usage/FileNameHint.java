package dev.lambdalint.usage;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The function a file names: its name without the extension and without a leading log group prefix written
 * with "/" replaced ({@code _aws_lambda_orders.log}, {@code aws-lambda-orders.json} name "orders").
 */
final class FileNameHint {
    private static final Pattern LOG_GROUP_PREFIX = Pattern.compile("^[_.-]?aws([_.-])lambda\\1");

    private FileNameHint() {
    }

    static String of(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String function = LOG_GROUP_PREFIX.matcher(stem).replaceFirst("");
        return function.isEmpty() ? stem : function;
    }
}
