package dev.lambdalint.check;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.lambdalint.Finding;
import dev.lambdalint.source.Trees;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways a user silences one finding: {@code @SuppressWarnings("lambda-lint:<id>")} (or just
 * {@code "lambda-lint"}) on an enclosing class, method, field or local; and a
 * {@code // lambda-lint:ignore <id> <reason>} comment on the finding's line or the line above. A finding at a
 * template's setting is silenced by a {@code # lambda-lint:ignore <id> <reason>} comment the same way ({@code //} in
 * the Java source of a CDK app). This class only reads what is written: the rule ids named at a place (the finding's
 * suppression facts); whether they silence the finding is decided after the rules.
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
     * The rule ids named by {@code # lambda-lint:ignore <id> <reason>} comments on a template's line or the line
     * above. JSON templates have no comments, so nothing is named there.
     */
    Set<String> inTemplate(Path template, int line) {
        Map<Integer, Set<String>> byLine = templateComments.computeIfAbsent(template.toAbsolutePath().normalize(),
                Suppressions::templateComments);
        return onLineOrAbove(byLine, line);
    }

    /**
     * The rule ids named at a node of code: by {@code @SuppressWarnings} on it or an enclosing declaration
     * ({@link dev.lambdalint.Finding#SUPPRESS_ALL} for a bare "lambda-lint"), and by ignore comments on its line or
     * the line above.
     */
    Set<String> at(Node node) {
        Set<String> ids = new TreeSet<>(annotations(node));
        int line = node.getBegin().map(p -> p.line).orElse(-1);
        Map<Integer, Set<String>> byLine = node.findCompilationUnit()
                .map(unit -> ignoreComments.computeIfAbsent(unit, Suppressions::ignoreComments))
                .orElse(Map.of());
        ids.addAll(onLineOrAbove(byLine, line));
        return ids;
    }

    private static Set<String> onLineOrAbove(Map<Integer, Set<String>> byLine, int line) {
        Set<String> ids = new TreeSet<>(byLine.getOrDefault(line, Set.of()));
        ids.addAll(byLine.getOrDefault(line - 1, Set.of()));
        return ids;
    }

    private static Set<String> annotations(Node node) {
        Set<String> ids = new TreeSet<>();
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithAnnotations<?> declaration) {
                for (AnnotationExpr annotation : declaration.getAnnotations()) {
                    if (annotation.getNameAsString().endsWith("SuppressWarnings")) {
                        Trees.findAll(annotation, StringLiteralExpr.class).stream().map(StringLiteralExpr::getValue)
                                .map(Suppressions::named).flatMap(Optional::stream).forEach(ids::add);
                    }
                }
            }
        }
        return ids;
    }

    /** "lambda-lint" names every rule, "lambda-lint:&lt;id&gt;" one; any other warning name is not ours. */
    private static Optional<String> named(String value) {
        if (value.equals("lambda-lint")) {
            return Optional.of(Finding.SUPPRESS_ALL);
        }
        return value.startsWith("lambda-lint:") ? Optional.of(value.substring("lambda-lint:".length()))
                : Optional.empty();
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
