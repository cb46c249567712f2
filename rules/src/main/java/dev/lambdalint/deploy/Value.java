package dev.lambdalint.deploy;

import java.util.Optional;

/**
 * A template value as far as it can be worked out before deployment: a literal, a reference to a resource of
 * the same template, or unknown (with the reason). Unknown values are never guessed.
 */
public sealed interface Value {

    /** A value written out, or computed from written-out parts (numbers and booleans as their text). */
    record Literal(String text) implements Value {
    }

    /**
     * A reference to a resource: {@code Ref} (attribute null), {@code Fn::GetAtt} or a {@code Fn::Sub} of exactly
     * one of those. {@code scope} is the template that declares it, since logical ids are unique only there.
     */
    record ResourceRef(String scope, String logicalId, String type, String attribute) implements Value {
    }

    record Unknown(String reason) implements Value {
    }

    default Optional<String> literal() {
        return this instanceof Literal l ? Optional.of(l.text()) : Optional.empty();
    }
}
