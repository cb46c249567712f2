package dev.lambdalint.check;

import dev.lambdalint.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's identity, kept beside its code. The long documentation lives in docs/&lt;id&gt;.md. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleMeta {
    /** Stable kebab-case id: the key for configuration, suppression, SARIF and docs. */
    String id();

    Severity severity();

    /** One sentence: what the rule finds. */
    String summary();

    String[] tags() default {};
}
