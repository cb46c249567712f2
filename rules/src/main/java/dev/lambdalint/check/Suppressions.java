package dev.lambdalint.check;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways a user silences one finding: {@code @SuppressWarnings("lambda-lint:<id>")} (or just
 * {@code "lambda-lint"}) on an enclosing class, method, field or local; and a
 * {@code // lambda-lint:ignore <id> <reason>} comment on the finding's line or the line above.
 */
final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("lambda-lint:ignore\\s+([a-z]+(?:-[a-z]+)*)");

    /** Per file: line -> rule ids ignored by a comment on that line. */
    private final Map<CompilationUnit, Map<Integer, Set<String>>> ignoreComments = new IdentityHashMap<>();

    boolean suppressed(Node node, String ruleId) {
        return annotated(node, ruleId) || ignoredByComment(node, ruleId);
    }

    private static boolean annotated(Node node, String ruleId) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithAnnotations<?> declaration) {
                for (AnnotationExpr annotation : declaration.getAnnotations()) {
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

    private boolean ignoredByComment(Node node, String ruleId) {
        int line = node.getBegin().map(p -> p.line).orElse(-1);
        Map<Integer, Set<String>> byLine = node.findCompilationUnit()
                .map(unit -> ignoreComments.computeIfAbsent(unit, Suppressions::ignoreComments))
                .orElse(Map.of());
        return byLine.getOrDefault(line, Set.of()).contains(ruleId)
                || byLine.getOrDefault(line - 1, Set.of()).contains(ruleId);
    }

    private static Map<Integer, Set<String>> ignoreComments(CompilationUnit unit) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        for (Comment comment : unit.getAllComments()) {
            Matcher m = IGNORE.matcher(comment.getContent());
            while (m.find()) {
                int line = comment.getBegin().map(p -> p.line).orElse(-1);
                byLine.computeIfAbsent(line, k -> new HashSet<>()).add(m.group(1));
            }
        }
        return byLine;
    }
}
