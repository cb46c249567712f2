package dev.lambdalint.check;

import java.util.List;

/**
 * One check. Implementations are named for what they find, carry {@link RuleMeta}, and have a doc at
 * {@code docs/<id>.md} and a sample under {@code src/test/resources/samples/<id>/}. A rule never parses,
 * prints or touches Maven: it asks the {@link RuleContext} and reports there.
 */
public interface Rule {
    void check(RuleContext context);

    default RuleInfo info() {
        return RuleInfo.of(getClass());
    }

    /**
     * The options the rule takes, typed, with their defaults: the only ones a user may give it. The rule reads them
     * with {@link RuleContext#option(Rule, RuleOption)}.
     */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}
