package dev.lambdalint.sizing;

import java.util.List;

/**
 * One template function as the reports show it.
 *
 * @param function       the logical id, or the function's key in serverless.yml
 * @param handler        the Java handler it runs ("com.acme.OrderHandler::handleRequest"), null when none is known
 * @param path           the template, relative to the analysis base
 * @param line           the line that declares the function
 * @param deployedName   its name in AWS when the template sets or implies it, else null
 * @param usageNames     the usage function names matched to it
 * @param architecture   x86_64 or arm64
 * @param memoryMb       the memory judged against; null when unknown
 * @param memorySource   "template" (also the deployment tool's default), "deployed" (read live) or "records" (the
 *                       size the records ran with, when the template's value is unknown)
 * @param timeoutSeconds the timeout; null when unknown
 * @param usage          the figures of its recorded usage; null when it has none
 */
public record FunctionFigures(String function, String handler, String path, int line, String deployedName,
                              List<String> usageNames, String architecture, Integer memoryMb, String memorySource,
                              Integer timeoutSeconds, UsageFigures usage) {

    public FunctionFigures {
        usageNames = usageNames == null ? List.of() : List.copyOf(usageNames);
    }

    public boolean hasUsage() {
        return usage != null;
    }
}
