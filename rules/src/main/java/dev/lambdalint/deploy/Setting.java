package dev.lambdalint.deploy;

import java.util.OptionalInt;

/**
 * One setting of a function: its value, where it is written (for a default, where the function is), and whether
 * it is the deployment tool's default rather than written in the template.
 */
public record Setting(Value value, Location at, boolean defaulted) {

    public static Setting written(Value value, Location at) {
        return new Setting(value, at, false);
    }

    public static Setting byDefault(String value, Location at) {
        return new Setting(new Value.Literal(value), at, true);
    }

    public OptionalInt intValue() {
        try {
            return value.literal().map(t -> OptionalInt.of(Integer.parseInt(t.trim()))).orElse(OptionalInt.empty());
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
