package dev.lambdalint.maven;

import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.config.RulesParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code <rule>} of the {@code rules} parameter, as Maven fills it from the POM:
 * <pre>
 * &lt;rule&gt;
 *   &lt;id&gt;unbounded-cache&lt;/id&gt;
 *   &lt;severity&gt;error&lt;/severity&gt;          &lt;!-- error, warning or info; default: the rule's own --&gt;
 *   &lt;enabled&gt;false&lt;/enabled&gt;            &lt;!-- default: true --&gt;
 *   &lt;options&gt;&lt;key&gt;value&lt;/key&gt;&lt;/options&gt;  &lt;!-- what the rule documents --&gt;
 * &lt;/rule&gt;
 * </pre>
 */
public class RuleSetting {
    String id;
    Boolean enabled;
    String severity;
    Map<String, String> options;

    /** The engine's settings of the entries; what they mean, and what is refused, the engine decides. */
    static RuleSettings toSettings(List<RuleSetting> rules) {
        List<RulesParameter.Entry> entries = new ArrayList<>();
        for (RuleSetting rule : rules == null ? List.<RuleSetting>of() : rules) {
            entries.add(new RulesParameter.Entry(rule.id, rule.enabled, rule.severity, rule.options));
        }
        return RulesParameter.settings(entries, null);
    }
}
