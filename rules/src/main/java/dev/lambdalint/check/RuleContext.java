package dev.lambdalint.check;

import com.github.javaparser.ast.Node;
import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.Location;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.sizing.Sizing;
import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule sees (the invocation model, the catalog, the sources that failed to parse) and where it reports.
 * Suppressed findings (see {@link Suppressions}) are counted here, not reported, and one location is reported
 * once per rule even when several handlers reach it: the lowest ranked reach keeps it (the first handler in id
 * order, by its shortest chain; see {@link Reach#rank()}), whatever order the rule visits the reaches in.
 */
public final class RuleContext {
    private final InvocationModel model;
    private final Catalog catalog;
    private final List<ParseProblem> parseProblems;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<String, Reach> keptBy = new HashMap<>();
    private final Set<String> suppressed = new HashSet<>();
    private final Suppressions suppressions = new Suppressions();
    private final RuleSettings settings;
    private Deployment deployment = Deployment.none();
    private Sizing sizing = Sizing.none();
    private Path templateBase;

    public RuleContext(InvocationModel model, Catalog catalog, List<ParseProblem> parseProblems) {
        this(model, catalog, parseProblems, RuleSettings.DEFAULTS);
    }

    public RuleContext(InvocationModel model, Catalog catalog, List<ParseProblem> parseProblems,
                       RuleSettings settings) {
        this.model = model;
        this.catalog = catalog;
        this.parseProblems = List.copyOf(parseProblems);
        this.settings = settings;
    }

    public RuleContext(InvocationModel model, Catalog catalog, List<ParseProblem> parseProblems,
                       RuleSettings settings, Deployment deployment) {
        this(model, catalog, parseProblems, settings);
        this.deployment = deployment;
    }

    /** The functions the project's templates deploy; empty when there is no template. */
    public Deployment deployment() {
        return deployment;
    }

    /**
     * The templates' functions against their recorded usage; {@code templateBase} is the directory template paths
     * are relative to, where the {@code # lambda-lint:ignore} comments of templates are read.
     */
    public RuleContext withSizing(Sizing value, Path templateBase) {
        this.sizing = value;
        this.templateBase = templateBase;
        return this;
    }

    /** The functions the templates deploy with their recorded usage; no function when no usage was asked for. */
    public Sizing sizing() {
        return sizing;
    }

    /** The options the user gave this rule in the build configuration; empty when none. */
    public Map<String, String> options(Rule rule) {
        return settings.options(rule.info().id());
    }

    public InvocationModel model() {
        return model;
    }

    public Catalog catalog() {
        return catalog;
    }

    public List<ParseProblem> parseProblems() {
        return parseProblems;
    }

    /** Reports a finding at a node of per-invocation code reached as {@code reach} describes. */
    public void report(Rule rule, Reach reach, Node node, String message) {
        RuleInfo info = rule.info();
        int line = node.getBegin().map(p -> p.line).orElse(1);
        int column = node.getBegin().map(p -> p.column).orElse(1);
        if (suppressions.suppressed(node, info.id())) {
            suppressed.add(key(info.id(), reach.file().relativePath(), line, column));
            return;
        }
        String key = key(info.id(), reach.file().relativePath(), line, column);
        Reach kept = keptBy.get(key);
        // ranks are compared only when two reaches report one location: working one out may walk a handler
        if (kept == null || kept != reach && reach.rank() < kept.rank()) {
            keptBy.put(key, reach);
            findings.put(key, new Finding(info.id(), info.severity(), reach.file().relativePath(), line, column,
                    message, reach.handler().id(), reach.chain()));
        }
    }

    /** Reports a finding that belongs to a file rather than to a handler's code. */
    public void report(Rule rule, String path, int line, int column, String message) {
        RuleInfo info = rule.info();
        add(new Finding(info.id(), info.severity(), path, line, column, message, null, List.of()));
    }

    /**
     * Reports a finding at a template setting, about one function: {@code handler} is the Java handler it runs
     * (null when none is known). Two functions may share a setting's line (SAM Globals), so each keeps its own.
     */
    public void report(Rule rule, Location at, String handler, String message) {
        RuleInfo info = rule.info();
        String key = key(info.id(), at.path(), at.line(), at.column()) + '\0' + message;
        if (templateBase != null && suppressions.ignoredInTemplate(templateBase.resolve(at.path()), at.line(),
                info.id())) {
            suppressed.add(key);
            return;
        }
        findings.putIfAbsent(key, new Finding(info.id(), info.severity(), at.path(), at.line(), at.column(), message,
                handler, List.of()));
    }

    public List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    /** How many distinct findings a suppression silenced. */
    public int suppressedCount() {
        return suppressed.size();
    }

    /** What the suppressions silenced, one key per distinct finding, to count them once over several analyses. */
    public Set<String> suppressedKeys() {
        return Set.copyOf(suppressed);
    }

    private void add(Finding finding) {
        findings.putIfAbsent(key(finding.ruleId(), finding.path(), finding.line(), finding.column()), finding);
    }

    private static String key(String ruleId, String path, int line, int column) {
        return ruleId + '\0' + path + '\0' + line + '\0' + column;
    }
}
