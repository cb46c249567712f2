package dev.lambdalint.sizing;

import dev.lambdalint.catalog.Copies;
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
 * @param modules        the names of the analyzed modules whose code it runs, when several are analyzed together
 *                       ({@code aggregate}); empty when that is not told apart
 */
public record FunctionFigures(String function, String handler, String path, int line, String deployedName,
                              List<String> usageNames, String architecture, Integer memoryMb, String memorySource,
                              Integer timeoutSeconds, UsageFigures usage, List<String> modules) {

    public FunctionFigures {
        usageNames = Copies.listOrEmpty(usageNames);
        modules = Copies.listOrEmpty(modules);
    }

    public FunctionFigures(String function, String handler, String path, int line, String deployedName,
                           List<String> usageNames, String architecture, Integer memoryMb, String memorySource,
                           Integer timeoutSeconds, UsageFigures usage) {
        this(function, handler, path, line, deployedName, usageNames, architecture, memoryMb, memorySource,
                timeoutSeconds, usage, List.of());
    }

    /** The same function, running the code of these modules. */
    public FunctionFigures runningCodeOf(List<String> moduleNames) {
        return new FunctionFigures(function, handler, path, line, deployedName, usageNames, architecture, memoryMb,
                memorySource, timeoutSeconds, usage, moduleNames);
    }

    /** Whether it runs the code of this module: always when modules are not told apart (or the module unknown). */
    public boolean runsCodeOf(String module) {
        return module == null || modules.isEmpty() || modules.contains(module);
    }

    public boolean hasUsage() {
        return usage != null;
    }
}
