package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text edits of a try statement whose resources or finally a fix takes away. A try that keeps a resource, a catch
 * or a finally changes in place; one that keeps nothing gives way to its body, one level less indented, after the
 * declarations its resources made, or stays a plain block when the body's lines cannot all move left by the same
 * amount or one of its names would clash with a name around it.
 */
final class TryRewrite {
    private final SourceText text;

    TryRewrite(SourceText text) {
        this.text = text;
    }

    /** A try that keeps something (a resource, a catch or a finally): its header and finally change in place. */
    List<Pending> inPlace(TryStmt tryStmt, TreeChanges changes, int order) {
        List<Pending> edits = new ArrayList<>();
        List<Expression> resources = tryStmt.getResources();
        List<Op.DropResource> removed = changes.resources.getOrDefault(tryStmt, List.of());
        if (!removed.isEmpty()) {
            if (!changes.keepsResources(tryStmt)) {
                // try (S3Client s3 = ...) { -> try {
                edits.add(new Pending(text.begin(tryStmt) + "try".length(), text.begin(tryStmt.getTryBlock()), " ",
                        order++));
            } else {
                edits.addAll(resourceDeletions(resources, removed, order));
                order += resources.size();
            }
            List<String> declarations = changes.declarations(tryStmt);
            if (!declarations.isEmpty()) {
                edits.add(blockStartInsertion(tryStmt.getTryBlock(), declarations, order++));
            }
        }
        if (changes.finallyDropped.contains(tryStmt)) {
            Node before = tryStmt.getCatchClauses().isEmpty() ? tryStmt.getTryBlock()
                    : tryStmt.getCatchClauses().getLast().orElseThrow();
            edits.add(new Pending(text.end(before), text.end(tryStmt.getFinallyBlock().orElseThrow()), "", order));
        }
        return edits;
    }

    /** Runs of removed resources go with the separator between them and the resource that stays. */
    private List<Pending> resourceDeletions(List<Expression> resources, List<Op.DropResource> removed, int order) {
        List<Pending> edits = new ArrayList<>();
        int i = 0;
        while (i < resources.size()) {
            if (!isRemoved(resources.get(i), removed)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < resources.size() && isRemoved(resources.get(j + 1), removed)) {
                j++;
            }
            if (j + 1 < resources.size()) {
                edits.add(new Pending(text.begin(resources.get(i)), text.begin(resources.get(j + 1)), "", order++));
            } else {
                edits.add(new Pending(text.end(resources.get(i - 1)), text.end(resources.get(j)), "", order++));
            }
            i = j + 1;
        }
        return edits;
    }

    private static boolean isRemoved(Expression resource, List<Op.DropResource> removed) {
        return removed.stream().anyMatch(d -> d.resource() == resource);
    }

    /** Declarations put first in a block, each on its own line at the block's indentation. */
    private Pending blockStartInsertion(BlockStmt block, List<String> declarations, int order) {
        int brace = text.begin(block);
        String indent = block.getStatements().isEmpty() ? text.indentAt(brace) + indentUnit(block)
                : text.indentAt(text.beginWithComment(block.getStatement(0)));
        String separator = text.lineSeparator();
        if (text.endsLine(brace + 1)) {
            StringBuilder inserted = new StringBuilder();
            declarations.forEach(d -> inserted.append(indent).append(d).append(separator));
            return new Pending(text.nextLineStart(brace), text.nextLineStart(brace), inserted.toString(), order);
        }
        return new Pending(brace + 1, brace + 1, " " + String.join(" ", declarations), order);
    }

    /**
     * The try's body in its place, one level less indented, after the declarations its resources made; the edits
     * already planned inside the body are made in the new text. A plain block stays when the body's lines cannot
     * all move left by the same amount or one of its names would clash with a name around it.
     */
    List<Pending> unwrap(TryStmt tryStmt, TreeChanges changes, List<Pending> edits) {
        List<String> declarations = changes.declarations(tryStmt);
        BlockStmt block = tryStmt.getTryBlock();
        int from = text.begin(tryStmt);
        int to = text.end(tryStmt);
        int open = text.begin(block);
        int close = text.end(block) - 1;
        String outer = text.indentAt(from);
        boolean lines = text.startsLine(from) && text.endsLine(open + 1) && text.startsLine(close)
                && close > text.lineEnd(open);
        String comment = text.slice(open + 1, text.lineEnd(open)).strip();
        if (lines && !clashes(tryStmt, declarations)) {
            int innerFrom = text.nextLineStart(open);
            int innerTo = text.lineStart(close);
            List<Pending> inside = new ArrayList<>();
            for (Pending edit : List.copyOf(edits)) {
                if (edit.from() >= from && edit.to() <= to) {
                    edits.remove(edit);
                    if (edit.from() >= innerFrom && edit.to() <= innerTo) {
                        inside.add(new Pending(edit.from() - innerFrom, edit.to() - innerFrom, edit.replacement(),
                                edit.order()));
                    }
                }
            }
            String inner = EditRenderer.apply(text.slice(innerFrom, innerTo), inside);
            String dedented = dedent(inner, outer);
            if (dedented != null) {
                StringBuilder body = new StringBuilder();
                String separator = text.lineSeparator();
                declarations.forEach(d -> body.append(outer).append(d).append(separator));
                body.append(dedented);
                String replacement = body.toString();
                if (replacement.isBlank()) {
                    return List.of(new Pending(text.lineStart(from), text.nextLineStart(to), "", 0));
                }
                replacement = replacement.substring(outer.length());
                if (replacement.endsWith(separator)) {
                    replacement = replacement.substring(0, replacement.length() - separator.length());
                }
                if (!comment.isEmpty()) {
                    // a comment after the try's brace stays on the first line that takes its place
                    int firstEnd = replacement.indexOf(separator);
                    replacement = firstEnd < 0 ? replacement + " " + comment
                            : replacement.substring(0, firstEnd) + " " + comment + replacement.substring(firstEnd);
                }
                int end = to;
                if (text.slice(to, text.lineEnd(to)).isBlank()) {
                    end = text.lineEnd(to);
                }
                return List.of(new Pending(from, end, replacement, 0));
            }
            edits.addAll(inside.stream().map(e -> new Pending(e.from() + innerFrom, e.to() + innerFrom,
                    e.replacement(), e.order())).toList());
        }
        return plainBlock(tryStmt, declarations, changes, edits.size());
    }

    /** {@code try (...) {} finally {}} becomes {@code { declarations... }}: the body stays where it is. */
    private List<Pending> plainBlock(TryStmt tryStmt, List<String> declarations, TreeChanges changes, int order) {
        List<Pending> edits = new ArrayList<>();
        BlockStmt block = tryStmt.getTryBlock();
        edits.add(new Pending(text.begin(tryStmt), text.begin(block), "", order++));
        if (!declarations.isEmpty()) {
            edits.add(blockStartInsertion(block, declarations, order++));
        }
        if (tryStmt.getFinallyBlock().isPresent()) {
            edits.add(new Pending(text.end(block), text.end(tryStmt.getFinallyBlock().get()), "", order));
        }
        return edits;
    }

    /** Each non-blank line moved left by one level; null when a line does not start with that level's indentation. */
    private static String dedent(String inner, String outer) {
        String[] lines = inner.split("(?<=\\r\\n|\\n|\\r(?!\\n))", -1);
        String level = null;
        for (String line : lines) {
            if (!line.isBlank()) {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                if (!indent.startsWith(outer) || indent.length() == outer.length()) {
                    return null;
                }
                level = indent.substring(outer.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                out.append(line.substring(line.length() - terminator(line).length()));
            } else if (line.startsWith(outer + level)) {
                out.append(outer).append(line.substring(outer.length() + level.length()));
            } else {
                return null;
            }
        }
        return out.toString();
    }

    private static String terminator(String line) {
        if (line.endsWith("\r\n")) {
            return "\r\n";
        }
        return line.endsWith("\n") || line.endsWith("\r") ? line.substring(line.length() - 1) : "";
    }

    /** Whether a name the try's body (or a moved resource) declares is declared elsewhere in the enclosing code. */
    private boolean clashes(TryStmt tryStmt, List<String> declarations) {
        Set<String> inside = new HashSet<>();
        for (Statement statement : tryStmt.getTryBlock().getStatements()) {
            if (statement instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr d) {
                d.getVariables().forEach(v -> inside.add(v.getNameAsString()));
            } else if (statement instanceof LocalClassDeclarationStmt local) {
                inside.add(local.getClassDeclaration().getNameAsString());
            }
        }
        for (Expression resource : tryStmt.getResources()) {
            if (resource instanceof VariableDeclarationExpr d && !declarations.isEmpty()) {
                d.getVariables().forEach(v -> inside.add(v.getNameAsString()));
            }
        }
        Node scope = tryStmt;
        while (scope.getParentNode().isPresent() && !(scope instanceof CallableDeclaration<?>)
                && !(scope instanceof InitializerDeclaration) && !(scope instanceof LambdaExpr)) {
            scope = scope.getParentNode().get();
        }
        Set<String> around = new HashSet<>();
        for (Node node : Trees.findAll(scope, Node.class, n -> !within(n, tryStmt))) {
            if (node instanceof VariableDeclarator v) {
                around.add(v.getNameAsString());
            } else if (node instanceof Parameter p) {
                around.add(p.getNameAsString());
            } else if (node instanceof TypePatternExpr p) {
                around.add(p.getNameAsString());
            } else if (node instanceof LocalClassDeclarationStmt l) {
                around.add(l.getClassDeclaration().getNameAsString());
            }
        }
        return inside.stream().anyMatch(around::contains);
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The indentation one level adds in this code: the file's own, or four spaces. */
    private String indentUnit(Node inside) {
        for (Node n = inside; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof BlockStmt b && !b.getStatements().isEmpty() && b.getParentNode().isPresent()) {
                String outer = text.indentAt(text.begin(b.getParentNode().get() instanceof Statement s ? s : b));
                String inner = text.indentAt(text.beginWithComment(b.getStatement(0)));
                if (inner.startsWith(outer) && inner.length() > outer.length()) {
                    return inner.substring(outer.length());
                }
            }
        }
        return text.indentAt(text.begin(inside)).contains("\t") ? "\t" : "    ";
    }
}
