package dev.lambdalint.check;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways a user silences one finding: {@code @SuppressWarnings("lambda-lint:<id>")} (or just
 * {@code "lambda-lint"}) on an enclosing class, method, field or local; and a
 * {@code // lambda-lint:ignore <id> <reason>} comment on the finding's line or the line above. A finding at a
 * template's setting is silenced by a {@code # lambda-lint:ignore <id> <reason>} comment the same way ({@code //} in
 * the Java source of a CDK app).
 */
final class Suppressions {
    private static final Pattern IGNORE = Pattern.compile("lambda-lint:ignore\\s+([a-z]+(?:-[a-z]+)*)");

    /** A YAML comment: "#" at the start of the line or after a blank, so that "a#b" in a value is no comment. */
    private static final Pattern TEMPLATE_IGNORE =
            Pattern.compile("(?:^|\\s)#\\s*lambda-lint:ignore\\s+([a-z]+(?:-[a-z]+)*)");
    /** A line comment of a CDK app written in Java, which is its template. */
    private static final Pattern CDK_SOURCE_IGNORE =
            Pattern.compile("//\\s*lambda-lint:ignore\\s+([a-z]+(?:-[a-z]+)*)");

    /** Per template: line -> rule ids ignored by a comment on that line. */
    private final Map<Path, Map<Integer, Set<String>>> templateComments = new HashMap<>();

    /** Per file: line -> rule ids ignored by a comment on that line. */
    private final Map<CompilationUnit, Map<Integer, Set<String>>> ignoreComments = new IdentityHashMap<>();

    /**
     * Whether a {@code # lambda-lint:ignore <id> <reason>} comment on a template's line or the line above silences
     * a finding there. JSON templates have no comments, so nothing there matches.
     */
    boolean ignoredInTemplate(Path template, int line, String ruleId) {
        Map<Integer, Set<String>> byLine = templateComments.computeIfAbsent(template.toAbsolutePath().normalize(),
                Suppressions::templateComments);
        return byLine.getOrDefault(line, Set.of()).contains(ruleId)
                || byLine.getOrDefault(line - 1, Set.of()).contains(ruleId);
    }

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

    private static Map<Integer, Set<String>> templateComments(Path template) {
        Map<Integer, Set<String>> byLine = new HashMap<>();
        List<String> lines;
        try (var in = new BufferedReader(new InputStreamReader(Files.newInputStream(template),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            lines = in.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            return byLine; // unreadable now: nothing is silenced, the finding stands
        }
        Pattern comment = template.toString().endsWith(".java") ? CDK_SOURCE_IGNORE : TEMPLATE_IGNORE;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = comment.matcher(lines.get(i));
            while (m.find()) {
                byLine.computeIfAbsent(i + 1, k -> new HashSet<>()).add(m.group(1));
            }
        }
        return byLine;
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
