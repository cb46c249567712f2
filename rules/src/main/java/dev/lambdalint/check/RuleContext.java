package dev.lambdalint.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.lambdalint.Finding;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.ParseProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees (the invocation model, the catalog, the sources that failed to parse) and where it reports.
 * Findings suppressed with {@code @SuppressWarnings("lambda-lint:<id>")} (or {@code "lambda-lint"}) on an
 * enclosing declaration are dropped here, and one location is reported once per rule even when several
 * handlers reach it (the first handler in id order keeps it).
 */
public final class RuleContext {
    private final InvocationModel model;
    private final Catalog catalog;
    private final List<ParseProblem> parseProblems;
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    public RuleContext(InvocationModel model, Catalog catalog, List<ParseProblem> parseProblems) {
        this.model = model;
        this.catalog = catalog;
        this.parseProblems = List.copyOf(parseProblems);
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
        if (suppressed(node, info.id())) {
            return;
        }
        int line = node.getBegin().map(p -> p.line).orElse(1);
        int column = node.getBegin().map(p -> p.column).orElse(1);
        add(new Finding(info.id(), info.severity(), reach.file().relativePath(), line, column, message,
                reach.handler().id(), reach.chain()));
    }

    /** Reports a finding that belongs to a file rather than to a handler's code. */
    public void report(Rule rule, String path, int line, int column, String message) {
        RuleInfo info = rule.info();
        add(new Finding(info.id(), info.severity(), path, line, column, message, null, List.of()));
    }

    public List<Finding> findings() {
        return new ArrayList<>(findings.values());
    }

    private void add(Finding finding) {
        findings.putIfAbsent(finding.ruleId() + '\0' + finding.path() + '\0' + finding.line() + '\0'
                + finding.column(), finding);
    }

    private static boolean suppressed(Node node, String ruleId) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    if (annotation.getNameAsString().endsWith("SuppressWarnings") && mentions(annotation, ruleId)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mentions(AnnotationExpr annotation, String ruleId) {
        return annotation.findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::getValue)
                .anyMatch(v -> v.equals("lambda-lint") || v.equals("lambda-lint:" + ruleId));
    }

}
