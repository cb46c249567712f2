package dev.lambdalint.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates template values as far as they are known before deployment: parameters by their defaults,
 * {@code Ref}/{@code Fn::GetAtt} of the template's resources as references to them, and {@code Fn::Sub},
 * {@code Fn::Join}, {@code Fn::Select}/{@code Fn::Split}, {@code Fn::FindInMap} and {@code Fn::If} when their parts
 * are known. Pseudo parameters, imports from other stacks, parameters without a default and SSM-typed parameters
 * are unknown.
 */
final class Intrinsics {
    private static final int MAX_DEPTH = 16;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(!?)([^}]*)}");

    private final String scope;
    private final TemplateNode template;
    private final Function<String, Value> scalars;

    /**
     * @param scalars how a plain string is read: itself for CloudFormation, with its variables resolved for the
     *                Serverless Framework
     */
    Intrinsics(String scope, TemplateNode template, Function<String, Value> scalars) {
        this.scope = scope;
        this.template = template;
        this.scalars = scalars;
    }

    Value eval(TemplateNode node) {
        return eval(node, 0);
    }

    /** The type of a resource the template declares, if it declares it. */
    Optional<String> resourceType(String logicalId) {
        return template.text("Resources", logicalId, "Type");
    }

    private Value eval(TemplateNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return new Value.Unknown("references nested too deeply");
        }
        if (node instanceof TemplateNode.Scalar scalar) {
            return scalar.value() == null ? new Value.Unknown("no value") : scalars.apply(scalar.value());
        }
        if (!node.isIntrinsic()) {
            return new Value.Unknown("a structure, not a single value");
        }
        Map.Entry<String, TemplateNode> call = node.fields().entrySet().iterator().next();
        TemplateNode argument = call.getValue();
        return switch (call.getKey()) {
            case "Ref" -> argument.text().map(name -> ref(name, depth)).orElse(new Value.Unknown("Ref of no name"));
            case "Fn::GetAtt" -> getAtt(argument, depth);
            case "Fn::Sub" -> sub(argument, depth);
            case "Fn::Join" -> join(argument, depth);
            case "Fn::Select" -> select(argument, depth);
            case "Fn::FindInMap" -> findInMap(argument, depth);
            case "Fn::If" -> ifValue(argument, depth);
            case "Fn::ImportValue" -> new Value.Unknown("imported from another stack");
            default -> new Value.Unknown(call.getKey() + " is not evaluated");
        };
    }

    private Value ref(String name, int depth) {
        Optional<TemplateNode> parameter = template.path("Parameters", name);
        if (parameter.isPresent()) {
            if (parameter.get().text("Type").orElse("").startsWith("AWS::SSM::Parameter")) {
                return new Value.Unknown("parameter " + name + " is read from SSM at deploy time");
            }
            return parameter.get().get("Default").map(d -> eval(d, depth + 1))
                    .orElse(new Value.Unknown("parameter " + name + " has no default"));
        }
        Optional<String> type = resourceType(name);
        if (type.isPresent()) {
            return new Value.ResourceRef(scope, name, type.get(), null);
        }
        if (name.startsWith("AWS::")) {
            return new Value.Unknown(name + " is known only at deploy time");
        }
        return new Value.Unknown("Ref to " + name + ", which the template does not declare");
    }

    private Value getAtt(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument.items();
        if (parts.size() == 1 && parts.get(0).text().filter(t -> t.indexOf('.') > 0).isPresent()) {
            String text = parts.get(0).text().get();
            return attribute(text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1));
        }
        if (parts.size() == 2) {
            Optional<String> id = parts.get(0).text();
            Value attribute = eval(parts.get(1), depth + 1);
            if (id.isPresent() && attribute instanceof Value.Literal name) {
                return attribute(id.get(), name.text());
            }
        }
        return new Value.Unknown("Fn::GetAtt of an unknown resource or attribute");
    }

    private Value attribute(String logicalId, String attribute) {
        return resourceType(logicalId).<Value>map(t -> new Value.ResourceRef(scope, logicalId, t, attribute))
                .orElse(new Value.Unknown("Fn::GetAtt of " + logicalId + ", which the template does not declare"));
    }

    private Value sub(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument instanceof TemplateNode.ListNode list ? list.items() : List.of(argument);
        Optional<String> text = parts.isEmpty() ? Optional.empty() : parts.get(0).text();
        if (text.isEmpty()) {
            return new Value.Unknown("Fn::Sub of no string");
        }
        TemplateNode variables = parts.size() > 1 ? parts.get(1) : new TemplateNode.MapNode(Map.of(), Map.of(),
                argument.at());
        Matcher m = PLACEHOLDER.matcher(text.get());
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text.get(), last, m.start());
            last = m.end();
            if (!m.group(1).isEmpty()) {
                out.append("${").append(m.group(2)).append('}');
                continue;
            }
            Value part = placeholder(m.group(2).trim(), variables, depth);
            if (m.start() == 0 && m.end() == text.get().length()) {
                return part;
            }
            if (!(part instanceof Value.Literal literal)) {
                return new Value.Unknown("Fn::Sub uses ${" + m.group(2) + "}, "
                        + (part instanceof Value.Unknown u ? u.reason() : "a resource's runtime name"));
            }
            out.append(literal.text());
        }
        out.append(text.get().substring(last));
        return new Value.Literal(out.toString());
    }

    private Value placeholder(String name, TemplateNode variables, int depth) {
        Optional<TemplateNode> variable = variables.get(name);
        if (variable.isPresent()) {
            return eval(variable.get(), depth + 1);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && resourceType(name.substring(0, dot)).isPresent()) {
            return attribute(name.substring(0, dot), name.substring(dot + 1));
        }
        return ref(name, depth);
    }

    private Value join(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument.items();
        if (parts.size() != 2 || parts.get(0).text().isEmpty() || !(parts.get(1) instanceof TemplateNode.ListNode)) {
            return new Value.Unknown("Fn::Join of a list known only at deploy time");
        }
        List<String> texts = new ArrayList<>();
        for (TemplateNode item : parts.get(1).items()) {
            Value value = eval(item, depth + 1);
            if (!(value instanceof Value.Literal literal)) {
                return new Value.Unknown("Fn::Join of a value known only at deploy time");
            }
            texts.add(literal.text());
        }
        return new Value.Literal(String.join(parts.get(0).text().get(), texts));
    }

    private Value select(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument.items();
        if (parts.size() != 2) {
            return new Value.Unknown("malformed Fn::Select");
        }
        Optional<Integer> index = eval(parts.get(0), depth + 1).literal().flatMap(Intrinsics::integer);
        if (index.isEmpty()) {
            return new Value.Unknown("Fn::Select at an unknown index");
        }
        TemplateNode from = parts.get(1);
        if (from instanceof TemplateNode.ListNode list) {
            return index.get() < list.items().size() ? eval(list.items().get(index.get()), depth + 1)
                    : new Value.Unknown("Fn::Select past the end of the list");
        }
        Optional<TemplateNode> split = from.get("Fn::Split");
        if (split.isPresent() && split.get().items().size() == 2) {
            Optional<String> delimiter = split.get().items().get(0).text();
            Optional<String> source = eval(split.get().items().get(1), depth + 1).literal();
            if (delimiter.isPresent() && source.isPresent()) {
                String[] pieces = source.get().split(Pattern.quote(delimiter.get()), -1);
                return index.get() < pieces.length ? new Value.Literal(pieces[index.get()])
                        : new Value.Unknown("Fn::Select past the end of the list");
            }
        }
        return new Value.Unknown("Fn::Select from a list known only at deploy time");
    }

    private Value findInMap(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument.items();
        if (parts.size() < 3) {
            return new Value.Unknown("malformed Fn::FindInMap");
        }
        List<String> keys = new ArrayList<>();
        for (TemplateNode part : parts.subList(0, 3)) {
            Optional<String> key = eval(part, depth + 1).literal();
            if (key.isEmpty()) {
                return new Value.Unknown("Fn::FindInMap with a key known only at deploy time");
            }
            keys.add(key.get());
        }
        return template.path("Mappings", keys.get(0), keys.get(1), keys.get(2)).map(v -> eval(v, depth + 1))
                .orElse(new Value.Unknown("Fn::FindInMap of a missing entry"));
    }

    private Value ifValue(TemplateNode argument, int depth) {
        List<TemplateNode> parts = argument.items();
        if (parts.size() != 3) {
            return new Value.Unknown("malformed Fn::If");
        }
        Value whenTrue = eval(parts.get(1), depth + 1);
        Value whenFalse = eval(parts.get(2), depth + 1);
        return whenTrue.equals(whenFalse) ? whenTrue
                : new Value.Unknown("depends on condition " + parts.get(0).text().orElse("?"));
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim())).filter(i -> i >= 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
