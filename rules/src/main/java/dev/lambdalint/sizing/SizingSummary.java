package dev.lambdalint.sizing;

import dev.lambdalint.catalog.Copies;
import dev.lambdalint.deploy.HandlerName;
import java.util.List;
import java.util.Optional;

/**
 * What the reports show of deployed settings against recorded usage, as plain values (kept in the analysis cache
 * with the findings).
 *
 * @param usageRead whether any usage was asked for (files or live); without it the reports leave the part out
 * @param functions every template function, in template order, with its usage figures when it has some
 * @param unmatched usage that matches no template function: listed, never dropped
 * @param notes     lines for the log at info level: functions without usage, too little data, names not matched
 * @param problems  lines for the log at warning level: usage files or AWS calls that could not be read
 */
public record SizingSummary(boolean usageRead, List<FunctionFigures> functions, List<UnmatchedUsage> unmatched,
                            List<String> notes, List<String> problems) {

    public static final SizingSummary NONE = new SizingSummary(false, List.of(), List.of(), List.of(), List.of());

    public SizingSummary {
        functions = Copies.listOrEmpty(functions);
        unmatched = Copies.listOrEmpty(unmatched);
        notes = Copies.listOrEmpty(notes);
        problems = Copies.listOrEmpty(problems);
    }

    /**
     * The functions whose template names this Java handler ("com.acme.OrderHandler::handleRequest"), compared as
     * {@link dev.lambdalint.deploy.Deployment#functionsRunning} compares them; none for a null or non-Java handler.
     */
    public List<FunctionFigures> functionsRunning(String handler) {
        Optional<HandlerName> wanted = handler == null ? Optional.empty() : HandlerName.parse(handler);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return functions.stream().filter(f -> f.handler() != null
                && HandlerName.parse(f.handler()).equals(wanted)).toList();
    }

    /** Usage named for no template function, with how many invocations it holds. */
    public record UnmatchedUsage(String name, int invocations) {
    }
}
