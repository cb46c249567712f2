package dev.lambdalint.config;

import dev.lambdalint.ConfigurationException;
import dev.lambdalint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the plugin's {@code <rules>} parameter means, decided here for every front end: the goals map the values
 * Maven injects onto {@link Entry}, the command line reads the same entries from the POM
 * ({@link PluginConfiguration#rules()}), and both get the same settings and the same messages.
 *
 * <pre>
 * &lt;rule&gt;
 *   &lt;id&gt;unbounded-cache&lt;/id&gt;                 &lt;!-- required --&gt;
 *   &lt;severity&gt;error&lt;/severity&gt;          &lt;!-- error, warning or info; default: the rule's own --&gt;
 *   &lt;enabled&gt;false&lt;/enabled&gt;            &lt;!-- default: true --&gt;
 *   &lt;options&gt;&lt;key&gt;value&lt;/key&gt;&lt;/options&gt;  &lt;!-- what the rule documents --&gt;
 * &lt;/rule&gt;
 * </pre>
 */
public final class RulesParameter {

    /**
     * One {@code <rule>} as written; null (or blank text) where the element is absent. {@code enabled} is already a
     * boolean, converted as Maven converts one ({@code true} in any case is true, anything else false).
     */
    public record Entry(String id, Boolean enabled, String severity, Map<String, String> options) {
    }

    private RulesParameter() {
    }

    /**
     * The settings of the entries, checked against the registered rules.
     *
     * @param pom the POM they were read from, as messages name it; null in a build, where Maven read them
     * @throws ConfigurationException on a rule with no id, a severity that is none, an unknown or repeated rule, an
     *                                option the rule does not declare or a value it refuses; the message names the
     *                                parameter (and the POM) and the valid values
     */
    public static RuleSettings settings(List<Entry> entries, String pom) {
        List<RuleConfig> configs = new ArrayList<>();
        for (Entry entry : entries == null ? List.<Entry>of() : entries) {
            configs.add(config(entry, pom));
        }
        try {
            return new RuleSettings(configs);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("invalid <rules> configuration" + (pom == null ? "" : " in " + pom)
                    + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #settings}, for a front end that lays settings of its own over them (by rule id). */
    public static List<RuleConfig> configs(List<Entry> entries, String pom) {
        return settings(entries, pom).configs();
    }

    private static RuleConfig config(Entry entry, String pom) {
        String where = pom == null ? "<rules>" : "<rules> of " + pom;
        if (entry.id() == null || entry.id().isBlank()) {
            throw new ConfigurationException("a <rule> in " + where + " has no <id>");
        }
        String id = entry.id().trim();
        Severity severity = null;
        if (entry.severity() != null && !entry.severity().isBlank()) {
            try {
                severity = Severity.parse(entry.severity());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("invalid <severity> '" + entry.severity() + "' for rule " + id
                        + " in " + where + "; expected error, warning or info", e);
            }
        }
        // an empty <option/> is the empty text, which the option then accepts or refuses by its type
        Map<String, String> options = new TreeMap<>();
        if (entry.options() != null) {
            entry.options().forEach((name, value) -> options.put(name, value == null ? "" : value));
        }
        return new RuleConfig(id, entry.enabled(), severity, options);
    }
}
