package dev.lambdalint.check;

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
}
