package dev.lambdalint.sizing;

import dev.lambdalint.catalog.Copies;
import dev.lambdalint.usage.LiveOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where recorded usage comes from, and how its function names meet the templates' functions.
 *
 * @param files         usage files or directories (absolute, or relative to the analysis base)
 * @param functionNames usage function name (a deployed name, as the records or the file name give it) -> the
 *                      template function it belongs to (logical id, or the function's key in serverless.yml)
 * @param stackName     the CloudFormation stack the templates deploy as, for the generated names
 *                      {@code <stack>-<LogicalId>-<suffix>}; null when unknown
 * @param live          how to fetch usage live from AWS; null keeps the analysis offline (the default)
 * @param livePrefix    with live mode, also fetch every function whose deployed name starts with this; null for none
 */
public record UsageInput(List<Path> files, Map<String, String> functionNames, String stackName,
                         LiveOptions live, String livePrefix) {

    public static final UsageInput NONE = new UsageInput(List.of(), Map.of(), null, null, null);

    public UsageInput {
        files = Copies.listOrEmpty(files);
        // sorted, so that the request's text (part of the cache key) does not depend on the map given
        functionNames = Copies.sortedMapOrEmpty(functionNames);
        stackName = blankToNull(stackName);
        livePrefix = blankToNull(livePrefix);
    }

    /** Whether any usage is to be read at all: files, or the live mode. */
    public boolean any() {
        return !files.isEmpty() || live != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
