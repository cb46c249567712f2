package dev.lambdalint.check;

import com.github.javaparser.ast.Node;
import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.config.RuleSettings;
import dev.lambdalint.deploy.Deployment;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.Location;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.sizing.Sizing;
import dev.lambdalint.source.ParseProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule sees (the invocation model, the catalog, the sources that failed to parse) and where it reports.
 * Every finding is reported with its identity (what it points at, see {@link Finding#identity()}) and its
 * suppression facts (the rule ids a suppression at its place names); whether a suppression silences it is decided
 * after the rules. One location is reported once per rule even when several handlers reach it: the lowest ranked
 * reach keeps it (the first handler in id order, by its shortest chain; see {@link Reach#rank()}), whatever order
 * the rule visits the reaches in.
 */
public final class RuleContext {
    private final InvocationModel model;
    private final Catalog catalog;
    private final List<ParseProblem> parseProblems;
    private final Map<String, Finding> findings = new LinkedHashMap<>();
    private final Map<String, Reach> keptBy = new HashMap<>();
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

    /** The value of one of the rule's declared options: the user's, parsed, or the option's default. */
    public <T> T option(Rule rule, RuleOption<T> option) {
        if (!rule.options().contains(option)) {
            throw new IllegalArgumentException(rule.getClass().getSimpleName() + " does not declare " + option);
        }
        return settings.option(rule.getClass(), option);
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

    /**
     * Reports a finding at a node of per-invocation code reached as {@code reach} describes. Its identity is the
     * node's enclosing type and member and its text.
     */
    public void report(Rule rule, Reach reach, Node node, String message) {
        RuleInfo info = rule.info();
        String path = reach.file().relativePath();
        int line = node.getBegin().map(p -> p.line).orElse(1);
        int column = node.getBegin().map(p -> p.column).orElse(1);
        String key = key(info.id(), path, line, column);
        Reach kept = keptBy.get(key);
        // ranks are compared only when two reaches report one location: working one out may walk a handler
        if (kept == null || kept != reach && reach.rank() < kept.rank()) {
            keptBy.put(key, reach);
            findings.put(key, new Finding(info.id(), info.severity(), path, line, column, message,
                    reach.handler().id(), reach.chain(), identity(info, Anchors.code(node, path)),
                    List.copyOf(suppressions.at(node))));
        }
    }

    /** Reports a finding that belongs to a file rather than to a handler's code, identified by the file alone. */
    public void report(Rule rule, String path, int line, int column, String message) {
        reportFile(rule, path, "file", line, column, message);
    }

    /** Reports a source or template that could not be read, identified by its path and the kind of problem. */
    public void report(Rule rule, ParseProblem problem) {
        reportFile(rule, problem.relativePath(), problem.kind(), problem.line(), problem.column(), problem.message());
    }

    /**
     * Reports a finding at a template setting of one function, identified by the function (template and logical id)
     * and {@code setting}, the setting's name as CloudFormation spells it ("MemorySize", "Timeout"). {@code at} is
     * where the setting is written (for a default, where the function is). Two functions may share a setting's line
     * (SAM Globals), so each keeps its own finding.
     */
    public void report(Rule rule, LambdaFunction function, String setting, Location at, String message) {
        RuleInfo info = rule.info();
        String key = key(info.id(), at.path(), at.line(), at.column()) + '\0' + function.scope() + '\0'
                + function.logicalId();
        Set<String> ignored = templateBase == null ? Set.of()
                : suppressions.inTemplate(templateBase.resolve(at.path()), at.line());
        add(key, new Finding(info.id(), info.severity(), at.path(), at.line(), at.column(), message,
                function.handlerName().map(HandlerName::toString).orElse(null), List.of(),
                identity(info, Anchors.setting(function, setting)), List.copyOf(ignored)));
    }

    /**
     * Every finding reported, suppressed ones included. Identities are not unique yet: findings with the same anchor
     * are told apart by {@link #numbered}, once the findings of every module analyzed are in.
     */
    public List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    /**
     * The findings with each identity made unique: findings with the same anchor are numbered in the order of their
     * places (path, line, column), the first keeping the bare anchor, the next ending in {@code | #2}, ...
     */
    public static List<Finding> numbered(Collection<Finding> reported) {
        Map<String, List<Finding>> byIdentity = new LinkedHashMap<>();
        reported.forEach(f -> byIdentity.computeIfAbsent(f.identity(), k -> new ArrayList<>()).add(f));
        List<Finding> numbered = new ArrayList<>();
        for (List<Finding> same : byIdentity.values()) {
            same.sort(Comparator.comparing(Finding::path).thenComparingInt(Finding::line)
                    .thenComparingInt(Finding::column));
            for (int i = 0; i < same.size(); i++) {
                numbered.add(i == 0 ? same.get(i) : renumbered(same.get(i), i + 1));
            }
        }
        return numbered;
    }

    private void reportFile(Rule rule, String path, String kind, int line, int column, String message) {
        RuleInfo info = rule.info();
        add(key(info.id(), path, line, column) + '\0' + kind, new Finding(info.id(), info.severity(), path, line,
                column, message, null, List.of(), identity(info, Anchors.file(path, kind)), List.of()));
    }

    private void add(String key, Finding finding) {
        findings.putIfAbsent(key, finding);
    }

    private static Finding renumbered(Finding f, int occurrence) {
        return new Finding(f.ruleId(), f.severity(), f.path(), f.line(), f.column(), f.message(), f.handler(),
                f.callChain(), f.identity() + Anchors.SEPARATOR + "#" + occurrence, f.suppressions());
    }

    private static String identity(RuleInfo info, String anchor) {
        return info.id() + Anchors.SEPARATOR + anchor;
    }

    private static String key(String ruleId, String path, int line, int column) {
        return ruleId + '\0' + path + '\0' + line + '\0' + column;
    }
}
