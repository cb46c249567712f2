package dev.lambdalint.maven;

import dev.lambdalint.Severity;
import dev.lambdalint.config.RuleConfig;
import dev.lambdalint.config.RuleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;

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

    /** The engine's settings, or a build error that names the bad value and the valid ones. */
    static RuleSettings toSettings(List<RuleSetting> rules) throws MojoExecutionException {
        List<RuleConfig> configs = new ArrayList<>();
        for (RuleSetting rule : rules == null ? List.<RuleSetting>of() : rules) {
            if (rule.id == null || rule.id.isBlank()) {
                throw new MojoExecutionException("lambda-lint: a <rule> in <rules> has no <id>");
            }
            configs.add(new RuleConfig(rule.id, rule.enabled, severity(rule), rule.options));
        }
        try {
            return new RuleSettings(configs);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("lambda-lint: invalid <rules> configuration: " + e.getMessage(), e);
        }
    }

    private static Severity severity(RuleSetting rule) throws MojoExecutionException {
        if (rule.severity == null || rule.severity.isBlank()) {
            return null;
        }
        try {
            return Severity.parse(rule.severity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("lambda-lint: invalid <severity> '" + rule.severity + "' for rule "
                    + rule.id.trim() + " in <rules>; expected error, warning or info", e);
        }
    }
}
