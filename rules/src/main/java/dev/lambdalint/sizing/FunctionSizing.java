package dev.lambdalint.sizing;

import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.usage.FunctionUsage;
import dev.lambdalint.usage.UsageAssessment;
import java.util.List;
import java.util.Optional;

/**
 * One template function with what its recorded usage says about it.
 *
 * @param function      the function as the template declares it
 * @param usageNames    the usage function names matched to it (empty: no usage)
 * @param usage         the statistics of those records together; null when there are none
 * @param assessment    the verdicts; null without usage, or when no memory size is known to judge against
 * @param timeoutKnown  whether the timeout is known (the template's, or the deployed one); when not, the timeout
 *                      verdict of the assessment means nothing
 * @param memorySource  where the memory judged against comes from: "template", "deployed" or "records"
 */
public record FunctionSizing(LambdaFunction function, List<String> usageNames, FunctionUsage usage,
                             UsageAssessment assessment, boolean timeoutKnown, String memorySource) {

    public FunctionSizing {
        usageNames = List.copyOf(usageNames);
    }

    public Optional<UsageAssessment> assessed() {
        return Optional.ofNullable(assessment);
    }

    /** The Java handler the function runs ("com.acme.OrderHandler::handleRequest"), or null. */
    public String handlerId() {
        return function.handlerName().map(Object::toString).orElse(null);
    }

    /** "OrdersFunction", or "OrdersFunction (orders-prod)" when it is deployed under another name. */
    public String title() {
        return UsageMatcher.deployedName(function).filter(n -> !n.equals(function.name()))
                .map(n -> function.name() + " (" + n + ")").orElse(function.name());
    }
}
