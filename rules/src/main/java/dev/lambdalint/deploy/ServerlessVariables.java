package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves Serverless Framework variables in a string: {@code ${self:path}} from the configuration itself,
 * {@code ${sls:stage}}, and for anything known only at deploy time ({@code ${opt:…}}, {@code ${env:…}},
 * {@code ${ssm:…}}, {@code ${file(…)}}, ...) the fallback written after a comma, if any; else the value is unknown.
 * Nested variables resolve innermost first.
 */
final class ServerlessVariables {
    private static final Pattern INNERMOST = Pattern.compile("\\$\\{([^${}]*)}");
    private static final int MAX_DEPTH = 10;
    /** A bound on the replacements in one string, so that no value can keep the resolution going. */
    private static final int MAX_VARIABLES = 1000;
    private static final String DEFAULT_STAGE = "dev";

    private final TemplateNode root;

    ServerlessVariables(TemplateNode root) {
        this.root = root;
    }

    Value resolve(String text) {
        return resolve(text, 0);
    }

    /** The stage: {@code provider.stage} resolved, "dev" when it is not set. */
    Value stage() {
        return stage(0);
    }

    private Value stage(int depth) {
        if (root.get("provider").filter(p -> p instanceof TemplateNode.Scalar s && s.value() != null).isPresent()) {
            return new Value.Unknown("the stage is set in the provider, declared in "
                    + root.text("provider").orElse("") + ", which is resolved only at deploy time");
        }
        return root.text("provider", "stage").map(s -> resolve(s, depth + 1)).orElse(new Value.Literal(DEFAULT_STAGE));
    }

    private Value resolve(String text, int depth) {
        if (depth > MAX_DEPTH) {
            return new Value.Unknown("variables nested too deeply");
        }
        String current = text;
        int replaced = 0;
        for (Matcher m = INNERMOST.matcher(current); m.find(); m = INNERMOST.matcher(current)) {
            if (++replaced > MAX_VARIABLES) {
                return new Value.Unknown("more than " + MAX_VARIABLES + " variables in one value");
            }
            Value value = variable(m.group(1), depth);
            if (m.start() == 0 && m.end() == current.length()) {
                return value;
            }
            if (!(value instanceof Value.Literal literal)) {
                return value;
            }
            // a resolved fallback (${opt:stage, ${self:custom.stage}}) is a value, not another reference
            String before = current.substring(0, m.start()).stripTrailing();
            String replacement = before.endsWith(",") ? "'" + literal.text() + "'" : literal.text();
            current = current.substring(0, m.start()) + replacement + current.substring(m.end());
        }
        return new Value.Literal(current);
    }

    private Value variable(String expression, int depth) {
        List<String> choices = splitTopLevel(expression);
        Value first = source(choices.get(0).trim(), depth);
        if (first instanceof Value.Literal) {
            return first;
        }
        for (String fallback : choices.subList(1, choices.size())) {
            Value value = fallbackValue(fallback.trim(), depth);
            if (value instanceof Value.Literal) {
                return value;
            }
        }
        return first;
    }

    private Value fallbackValue(String fallback, int depth) {
        if (fallback.length() >= 2 && (fallback.startsWith("'") && fallback.endsWith("'")
                || fallback.startsWith("\"") && fallback.endsWith("\""))) {
            return new Value.Literal(fallback.substring(1, fallback.length() - 1));
        }
        if (fallback.matches("-?\\d+(\\.\\d+)?|true|false")) {
            return new Value.Literal(fallback);
        }
        return source(fallback, depth);
    }

    private Value source(String reference, int depth) {
        if (reference.equals("sls:stage")) {
            return stage(depth + 1);
        }
        if (reference.startsWith("self:")) {
            TemplateNode node = root;
            for (String key : reference.substring("self:".length()).split("\\.")) {
                node = key.isEmpty() ? node : node.get(key).orElse(null);
                if (node == null) {
                    return new Value.Unknown(reference + " is not set");
                }
            }
            return node.text().map(t -> resolve(t, depth + 1))
                    .orElse(new Value.Unknown(reference + " is not a single value"));
        }
        if (reference.startsWith("opt:")) {
            return new Value.Unknown("the command-line option --" + reference.substring(4) + " is known only at "
                    + "deploy time");
        }
        if (reference.startsWith("env:")) {
            return new Value.Unknown("the deploying shell's " + reference.substring(4) + " is known only at deploy "
                    + "time");
        }
        return new Value.Unknown("${" + reference + "} is resolved only at deploy time");
    }

    private static List<String> splitTopLevel(String expression) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                parts.add(expression.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(expression.substring(start));
        return parts;
    }
}
