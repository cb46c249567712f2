package dev.lambdalint.config;

import dev.lambdalint.ConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.w3c.dom.Element;

/**
 * The lambda-lint plugin's parameters as a module's own {@code pom.xml} sets them, for a front end that runs without
 * Maven (the command line) to take as its defaults. Read from, most specific last: {@code lambda-lint.<parameter>}
 * properties, the plugin's {@code <configuration>} in {@code <pluginManagement>}, in {@code <plugins>}, and the
 * configuration of the one execution that binds the goal. A parameter set in several of these is taken whole from
 * the most specific. {@code ${project.basedir}}, {@code ${basedir}} and the POM's own properties are resolved; a
 * parameter holding anything else is not taken, and {@link #notes()} says why, as it says what else the POM
 * configures that is not read here (profiles, a parent POM on disk that configures the plugin).
 */
public final class PluginConfiguration {
    public static final String PLUGIN = "lambda-lint-maven-plugin";
    /**
     * The plugin's parameters, every goal's ({@code dryRun} is {@code fix}'s): a {@code lambda-lint.<name>} property
     * of another name ({@code lambda-lint.version}, say) is no parameter.
     */
    public static final Set<String> PARAMETERS = Set.of("skip", "failOnViolation", "failOnSeverity", "sourceRoots",
            "includes", "excludes", "outputDirectory", "clientTypes", "templates", "repositoryRoot", "cache",
            "parseAll", "threads", "encoding", "baseline", "rules", "usage", "functionNames", "stackName", "aws", "awsRegion",
            "awsProfile", "awsLookBackDays", "awsFunctionPrefix", "awsTimeBudgetSeconds", "followReactorDependencies",
            "dryRun");
    private static final String PROPERTY_PREFIX = "lambda-lint.";

    /** A parameter's value with its expressions resolved: text, or child elements (lists, rules). */
    private record Value(String name, String text, List<Value> children) {
        boolean simple() {
            return children.isEmpty();
        }

        Optional<Value> child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst();
        }

        Optional<String> childText(String childName) {
            return child(childName).map(Value::text).filter(t -> !t.isEmpty());
        }
    }

    /** Thrown inside {@link #value} when an expression has no value here. */
    private static final class Unresolved extends Exception {
        Unresolved(String expression) {
            super(expression, null, false, false);
        }
    }

    public static final PluginConfiguration NONE = new PluginConfiguration("pom.xml", Map.of(), List.of());

    private final String file;
    private final Map<String, Value> values;
    private final List<String> notes;

    private PluginConfiguration(String file, Map<String, Value> values, List<String> notes) {
        this.file = file;
        this.values = values;
        this.notes = List.copyOf(notes);
    }

    /**
     * @param project    the POM's root element
     * @param properties its expressions
     * @param goal       the goal whose executions' configuration applies ({@code check}, {@code fix}, ...)
     * @param file       how messages name the POM
     * @param named      how messages name a parameter's own options in the front end; empty when it has none
     */
    static PluginConfiguration read(Element project, PomProperties properties, String goal, String file,
                                    UnaryOperator<String> named) {
        List<String> notes = new ArrayList<>();
        Map<String, Element> raw = new LinkedHashMap<>();
        Map<String, String> where = new LinkedHashMap<>();
        Optional<Element> build = PomXml.child(project, "build");
        for (Element property : PomXml.path(project, "properties")) {
            for (Element p : PomXml.children(property, null)) {
                String name = PomXml.localName(p);
                String parameter = name.startsWith(PROPERTY_PREFIX) ? name.substring(PROPERTY_PREFIX.length()) : "";
                if (PARAMETERS.contains(parameter)) {
                    raw.put(parameter, p);
                    where.put(parameter, "property " + name);
                }
            }
        }
        Element managed = plugin(build.map(b -> PomXml.path(b, "pluginManagement", "plugins")).orElse(List.of()));
        Element declared = plugin(build.map(b -> PomXml.path(b, "plugins")).orElse(List.of()));
        Layers layers = new Layers(raw, where, file, notes);
        layers.add(PomXml.child(managed, "configuration").orElse(null), "<pluginManagement>");
        layers.add(PomXml.child(declared, "configuration").orElse(null), "<plugins>");
        List<Element> executions = PomXml.path(declared, "executions", "execution").stream()
                .filter(e -> PomXml.path(e, "goals", "goal").stream()
                        .anyMatch(g -> g.getTextContent().trim().equals(goal)))
                .filter(e -> PomXml.child(e, "configuration").isPresent()).toList();
        if (executions.size() == 1) {
            String id = PomXml.text(executions.get(0), "id").orElse("default");
            layers.add(PomXml.child(executions.get(0), "configuration").orElseThrow(), "execution " + id);
        } else if (executions.size() > 1) {
            notes.add(file + ": " + executions.size() + " executions of " + goal + " configure the plugin each their "
                    + "own way; the command line takes the plugin's <configuration> only");
        }

        Map<String, Value> values = new TreeMap<>();
        raw.forEach((name, element) -> {
            try {
                values.put(name, value(element, name, properties));
            } catch (Unresolved e) {
                notes.add(file + ": " + name + " (" + where.get(name) + ") is not taken: the command line cannot "
                        + "resolve " + e.getMessage() + ", only ${project.basedir} and the POM's own <properties>"
                        + (named.apply(name).isEmpty() ? "" : "; give " + named.apply(name)));
            }
        });
        notes.addAll(profiles(project, file));
        return new PluginConfiguration(file, values, notes);
    }

    /** The lambda-lint plugin among {@code <plugins>} elements, or null. */
    private static Element plugin(List<Element> pluginLists) {
        for (Element plugins : pluginLists) {
            for (Element plugin : PomXml.children(plugins, "plugin")) {
                if (PomXml.text(plugin, "artifactId").orElse("").equals(PLUGIN)) {
                    return plugin;
                }
            }
        }
        return null;
    }

    /** The parameters by name, with where each was set; a more specific place replaces a parameter whole. */
    private record Layers(Map<String, Element> raw, Map<String, String> where, String file, List<String> notes) {
        void add(Element configuration, String place) {
            for (Element parameter : PomXml.children(configuration, null)) {
                String name = PomXml.localName(parameter);
                Element before = raw.get(name);
                if (before != null && !PomXml.children(before, null).isEmpty()
                        && !PomXml.children(parameter, null).isEmpty() && !before.isEqualNode(parameter)) {
                    notes.add(file + ": " + name + " is set in " + where.get(name) + " and in " + place + "; the "
                            + "command line takes the " + place + " one whole, where Maven merges the two element by "
                            + "element");
                }
                raw.put(name, parameter);
                where.put(name, place);
            }
        }
    }

    private static Value value(Element element, String name, PomProperties properties) throws Unresolved {
        List<Value> children = new ArrayList<>();
        for (Element child : PomXml.children(element, null)) {
            children.add(value(child, PomXml.localName(child), properties));
        }
        String text = "";
        if (children.isEmpty()) {
            PomProperties.Resolved resolved = properties.resolve(element.getTextContent().trim());
            if (!resolved.ok()) {
                throw new Unresolved(resolved.unresolved());
            }
            text = resolved.value().trim();
        }
        return new Value(name, text, List.copyOf(children));
    }

    /** Profiles that configure lambda-lint: Maven activates them, the command line never does. */
    private static List<String> profiles(Element project, String file) {
        List<String> notes = new ArrayList<>();
        for (Element profile : PomXml.path(project, "profiles", "profile")) {
            boolean plugin = plugin(PomXml.path(profile, "build", "plugins")) != null
                    || plugin(PomXml.path(profile, "build", "pluginManagement", "plugins")) != null;
            boolean property = PomXml.path(profile, "properties").stream()
                    .flatMap(p -> PomXml.children(p, null).stream())
                    .anyMatch(p -> PomXml.localName(p).startsWith(PROPERTY_PREFIX)
                            && PARAMETERS.contains(PomXml.localName(p).substring(PROPERTY_PREFIX.length())));
            if (plugin || property) {
                notes.add(file + ": profile " + PomXml.text(profile, "id").orElse("(no id)") + " configures "
                        + "lambda-lint; the command line reads no profile");
            }
        }
        return notes;
    }

    /** The parameters taken, by name. */
    public Set<String> names() {
        return values.keySet();
    }

    /** What was not taken and why, one line each, naming the POM. */
    public List<String> notes() {
        return notes;
    }

    /** A one-value parameter; empty when not set or set empty. */
    public Optional<String> string(String name) {
        Value value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.simple()) {
            throw new ConfigurationException("invalid " + name + " in " + file + ": it holds elements, where one "
                    + "value is expected");
        }
        return Optional.of(value.text()).filter(t -> !t.isEmpty());
    }

    /** A list parameter: the texts of its elements, or its text as one entry (comma-separated, as a property). */
    public Optional<List<String>> list(String name) {
        Value value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.simple()) {
            return Optional.of(value.text().isEmpty() ? List.of() : List.of(value.text()));
        }
        return Optional.of(value.children().stream().map(Value::text).filter(t -> !t.isEmpty()).toList());
    }

    /** A boolean parameter, converted as Maven converts it: {@code true} in any case is true, anything else false. */
    public Optional<Boolean> bool(String name) {
        return string(name).map(Boolean::parseBoolean);
    }

    /** A whole-number parameter; a value that is none is refused, as Maven refuses it. */
    public Optional<Integer> integer(String name) {
        Optional<String> text = string(name);
        try {
            return text.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new ConfigurationException("invalid value '" + text.orElse("") + "' for " + name + " in " + file
                    + "; expected a whole number", e);
        }
    }

    /**
     * The {@code <rules>} parameter: each {@code <rule>}'s settings, as the goals take them (see
     * {@link RulesParameter}), in rule id order; empty when not set.
     *
     * @throws ConfigurationException naming the POM when an entry is invalid, as the goals refuse it
     */
    public List<RuleConfig> rules() {
        Value rules = values.get("rules");
        List<RulesParameter.Entry> entries = new ArrayList<>();
        for (Value rule : rules == null ? List.<Value>of() : rules.children()) {
            Map<String, String> options = new TreeMap<>();
            rule.child("options").ifPresent(o -> o.children().forEach(option -> options.put(option.name(),
                    option.text())));
            entries.add(new RulesParameter.Entry(rule.childText("id").orElse(null),
                    rule.childText("enabled").map(Boolean::parseBoolean).orElse(null),
                    rule.childText("severity").orElse(null), options));
        }
        return RulesParameter.configs(entries, file);
    }
}
