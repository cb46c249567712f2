package dev.lambdalint.sizing;

import dev.lambdalint.deploy.LambdaFunction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the template function each usage function name belongs to. In order, the first rule that names any
 * function decides: the configured mapping; the deployed name the template sets or implies ({@code FunctionName},
 * Serverless {@code <service>-<stage>-<function>}); the logical id (or serverless.yml key); a name CloudFormation
 * generated, {@code <stack>-<LogicalId>-<suffix>} (with the stack name when known, else the {@code -<LogicalId>-}
 * infix); and a Serverless name whose service or stage the template leaves unknown, by its {@code -<function>}
 * ending. A name that fits several functions under the deciding rule, or none, stays unmatched and is listed.
 */
public final class UsageMatcher {
    private static final Pattern ARN = Pattern.compile("^arn:[^:]+:lambda:[^:]*:[^:]*:function:([^:]+)(:.*)?$");
    private static final String LOG_GROUP_PREFIX = "/aws/lambda/";
    private static final String GENERATED_SUFFIX = "[A-Za-z0-9]+";

    /**
     * @param namesByFunction for each function (by its index in the list given), the usage names matched to it
     * @param unmatched       usage names that match no function (or several), sorted
     * @param notes           why a name stayed unmatched when it is not simply unknown: ambiguous, bad mapping
     */
    record Result(Map<Integer, List<String>> namesByFunction, List<String> unmatched, List<String> notes) {

        /** The matches of the first {@code count} functions only: the names matched to the others are dropped. */
        Result onlyThe(int count) {
            Map<Integer, List<String>> kept = new TreeMap<>(namesByFunction);
            kept.keySet().removeIf(i -> i >= count);
            return new Result(kept, unmatched, notes);
        }
    }

    private final List<LambdaFunction> functions;
    private final Map<String, String> mapping;
    private final String stackName;

    UsageMatcher(List<LambdaFunction> functions, Map<String, String> mapping, String stackName) {
        this.functions = functions;
        this.mapping = mapping;
        this.stackName = stackName;
    }

    Result match(Collection<String> usageNames) {
        Map<Integer, List<String>> byFunction = new TreeMap<>();
        List<String> unmatched = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String usageName : usageNames.stream().sorted().distinct().toList()) {
            List<Integer> found = candidates(usageName, notes);
            if (found.size() == 1) {
                byFunction.computeIfAbsent(found.get(0), i -> new ArrayList<>()).add(usageName);
            } else {
                unmatched.add(usageName);
                if (found.size() > 1) {
                    notes.add("usage of '" + usageName + "' fits several functions ("
                            + String.join(", ", found.stream().map(i -> describe(functions.get(i))).toList())
                            + "); map it to one with functionNames");
                }
            }
        }
        return new Result(byFunction, unmatched, notes);
    }

    /** The deployed function name a usage name stands for: an ARN or a log group reduced to the name. */
    static String functionName(String usageName) {
        var arn = ARN.matcher(usageName);
        if (arn.matches()) {
            return arn.group(1);
        }
        return usageName.startsWith(LOG_GROUP_PREFIX) ? usageName.substring(LOG_GROUP_PREFIX.length()) : usageName;
    }

    private List<Integer> candidates(String usageName, List<String> notes) {
        String name = functionName(usageName);
        String target = mapping.getOrDefault(usageName, mapping.get(name));
        if (target != null) {
            List<Integer> mapped = where(f -> f.logicalId().equals(target) || f.name().equals(target));
            if (mapped.isEmpty()) {
                notes.add("functionNames maps '" + usageName + "' to '" + target + "', which no template declares");
            }
            return mapped;
        }
        List<Predicate<LambdaFunction>> rules = List.of(
                f -> deployedName(f).filter(name::equals).isPresent(),
                f -> f.logicalId().equals(name) || f.name().equals(name),
                f -> deployedName(f).isEmpty() && !serverless(f) && generatedBy(f, name),
                f -> deployedName(f).isEmpty() && serverless(f) && serverlessName(f, name));
        for (Predicate<LambdaFunction> rule : rules) {
            List<Integer> found = where(rule);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private boolean generatedBy(LambdaFunction function, String name) {
        // a CDK app's construct id becomes the logical id with a hash of its path appended: <Id>1A2B3C4D, and only
        // its letters and digits are kept (orders-fn: ordersfn1A2B3C4D); a template's logical ids are so already
        String id = Pattern.quote(function.logicalId().replaceAll("[^A-Za-z0-9]", "")) + "(?:[0-9A-F]{8})?";
        String pattern = stackName != null
                ? Pattern.quote(stackName) + "-" + id + "-" + GENERATED_SUFFIX
                : ".+-" + id + "-" + GENERATED_SUFFIX;
        return name.matches(pattern);
    }

    /** {@code <service>-<stage>-<function>}: at least a service and a stage before the function's key. */
    private static boolean serverlessName(LambdaFunction function, String name) {
        String prefix = name.endsWith("-" + function.name())
                ? name.substring(0, name.length() - function.name().length() - 1) : "";
        return prefix.indexOf('-') > 0 && !prefix.endsWith("-");
    }

    /** A serverless.yml function: its key differs from the logical id the framework derives from it. */
    private static boolean serverless(LambdaFunction function) {
        return !function.name().equals(function.logicalId());
    }

    /** The function's name in AWS when the template sets or implies it. */
    public static Optional<String> deployedName(LambdaFunction function) {
        return function.deployedName().value().literal().filter(n -> !n.isBlank()).map(UsageMatcher::functionName);
    }

    private List<Integer> where(Predicate<LambdaFunction> rule) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < functions.size(); i++) {
            if (rule.test(functions.get(i))) {
                found.add(i);
            }
        }
        return found;
    }

    static String describe(LambdaFunction function) {
        return function.name() + " in " + function.at().path();
    }
}
