package dev.lambdalint.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed template value with the place it is written: a mapping (keeping each key's place), a list or a
 * scalar. YAML short-form intrinsics ({@code !Ref X}) are already in their long form ({@code {"Ref": "X"}}).
 */
public sealed interface TemplateNode {
    Location at();

    record MapNode(Map<String, TemplateNode> values, Map<String, Location> keys, Location at) implements TemplateNode {
        public MapNode {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            keys = Map.copyOf(keys);
        }
    }

    record ListNode(List<TemplateNode> items, Location at) implements TemplateNode {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** A scalar's text as written (numbers and booleans too); null for a YAML/JSON null or an empty value. */
    record Scalar(String value, Location at) implements TemplateNode {
    }

    default Optional<TemplateNode> get(String key) {
        return this instanceof MapNode map ? Optional.ofNullable(map.values().get(key)) : Optional.empty();
    }

    /** The node at a path of keys, e.g. {@code path("Properties", "Environment", "Variables")}. */
    default Optional<TemplateNode> path(String... keys) {
        Optional<TemplateNode> node = Optional.of(this);
        for (String key : keys) {
            node = node.flatMap(n -> n.get(key));
        }
        return node;
    }

    default Optional<String> text() {
        return this instanceof Scalar scalar ? Optional.ofNullable(scalar.value()) : Optional.empty();
    }

    /** The text at a path of keys, when a scalar is there. */
    default Optional<String> text(String... keys) {
        return path(keys).flatMap(TemplateNode::text);
    }

    /** A mapping's entries in written order; none for anything else. */
    default Map<String, TemplateNode> fields() {
        return this instanceof MapNode map ? map.values() : Map.of();
    }

    /** A list's items; a single non-list value counts as a list of one, as several template formats allow. */
    default List<TemplateNode> items() {
        if (this instanceof ListNode list) {
            return list.items();
        }
        return this instanceof Scalar scalar && scalar.value() == null ? List.of() : List.of(this);
    }

    /** Where a key of this mapping is written, else where the mapping is. */
    default Location keyAt(String key) {
        return this instanceof MapNode map ? map.keys().getOrDefault(key, at()) : at();
    }

    /** Whether this is a single-key mapping naming an intrinsic function ({@code Ref}, {@code Fn::Sub}, ...). */
    default boolean isIntrinsic() {
        if (!(this instanceof MapNode map) || map.values().size() != 1) {
            return false;
        }
        String key = map.values().keySet().iterator().next();
        return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
    }
}
