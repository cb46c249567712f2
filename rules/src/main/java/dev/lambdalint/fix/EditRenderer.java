package dev.lambdalint.fix;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.source.SyntaxIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns changes to the syntax tree into text edits of the file, so that every character outside the changed code
 * stays as it was: formatting, comments and line ends included. What the changes imply is worked out for all of them
 * together: a block left empty takes its {@code finally} or its {@code if} (when the condition has no side effect)
 * with it, and a try left with no resource, catch or finally gives way to its body, one level less indented (or a
 * plain block when a name in it would clash with one around it).
 *
 * <p>Why text edits rather than JavaParser's LexicalPreservingPrinter: tried on these very changes (3.28.2), it
 * indented an inserted field at column 0 after a member with a trailing comment and left whitespace-only lines,
 * indented statements inserted into a block at the block's level, and dropped the comment of a statement moved out
 * of a try. Edits at the parser's positions keep every character they do not replace, and each result is parsed again.
 */
final class EditRenderer {
    private final SourceText text;

    EditRenderer(SourceText text) {
        this.text = text;
    }

    /** The edits, sorted and not overlapping. */
    List<TextEdit> render(List<Op> ops) {
        TreeChanges changes = new TreeChanges(text);
        TryRewrite tries = new TryRewrite(text);
        for (Op op : ops) {
            changes.add(op);
        }
        changes.cascade();
        List<Pending> edits = new ArrayList<>();
        List<TryStmt> unwraps = new ArrayList<>();
        changes.replaces.forEach((range, replacement) -> edits.add(new Pending((int) (range >>> 32), (int) (long) range,
                replacement, edits.size())));
        for (Op.Insert insert : changes.inserts) {
            edits.add(new Pending(insert.offset(), insert.offset(), insert.text(), edits.size()));
        }
        for (Statement statement : changes.topDropped()) {
            edits.add(deletion(statement, edits.size()));
        }
        for (TryStmt tryStmt : changes.changedTries()) {
            if (changes.inDropped(tryStmt)) {
                continue;
            }
            if (changes.unwraps(tryStmt)) {
                unwraps.add(tryStmt);
            } else {
                edits.addAll(tries.inPlace(tryStmt, changes, edits.size()));
            }
        }
        // inner tries first: an outer unwrap re-indents the text an inner one has already rewritten
        unwraps.sort(Comparator.comparingInt((TryStmt t) -> text.end(t) - text.begin(t)));
        for (TryStmt tryStmt : unwraps) {
            edits.addAll(tries.unwrap(tryStmt, changes, edits));
        }
        return finish(edits);
    }

    /** No call, assignment, increment or creation: a condition that can go without changing what runs. */
    static boolean sideEffectFree(Expression condition) {
        return Trees.findAll(condition, MethodCallExpr.class).isEmpty() && Trees.findAll(condition, AssignExpr.class).isEmpty()
                && Trees.findAll(condition, ObjectCreationExpr.class).isEmpty() && Trees.findAll(condition, LambdaExpr.class).isEmpty()
                && Trees.findAll(condition, UnaryExpr.class).stream().noneMatch(u -> SyntaxIndex.INCREMENTS.contains(u.getOperator()));
    }

    /** A statement's deletion: its whole lines (comment above and comment after it included) when it has them alone. */
    private Pending deletion(Statement statement, int order) {
        int from = text.beginWithComment(statement);
        int to = text.end(statement);
        if (text.startsLine(from) && text.endsLine(to)) {
            return new Pending(text.lineStart(from), text.nextLineStart(to), "", order);
        }
        int after = to;
        while (after < text.text().length() && text.text().charAt(after) == ' ') {
            after++;
        }
        return new Pending(from, after, "", order);
    }

    /** Sorted, edits inside a deleted or replaced range dropped; a partial overlap is a bug. */
    private List<TextEdit> finish(List<Pending> edits) {
        List<Pending> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Pending::from).thenComparing(p -> !p.insertion())
                .thenComparingInt(p -> -p.to()).thenComparingInt(Pending::order));
        List<TextEdit> result = new ArrayList<>();
        int covered = -1;
        for (Pending edit : sorted) {
            if (edit.from() < covered) {
                if (edit.to() > covered) {
                    throw new IllegalStateException("overlapping edits at " + text.line(edit.from()) + ":"
                            + text.column(edit.from()));
                }
                continue;
            }
            result.add(text.edit(edit.from(), edit.to(), edit.replacement()));
            covered = Math.max(covered, edit.to());
        }
        return result;
    }

    /** The text with the edits made (their offsets relative to it). */
    static String apply(String source, List<Pending> edits) {
        List<Pending> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Pending::from).thenComparing(p -> !p.insertion())
                .thenComparingInt(Pending::order));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Pending edit : sorted) {
            if (edit.from() < at) {
                continue;
            }
            out.append(source, at, edit.from()).append(edit.replacement());
            at = edit.to();
        }
        return out.append(source.substring(at)).toString();
    }

    /** The source with text edits made, in order. */
    static String applyEdits(String source, List<TextEdit> edits) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (TextEdit edit : edits.stream().sorted(Comparator.comparingInt(TextEdit::offset)).toList()) {
            if (edit.offset() < at) {
                throw new IllegalStateException("overlapping edits at offset " + edit.offset());
            }
            out.append(source, at, edit.offset()).append(edit.text());
            at = edit.end();
        }
        return out.append(source.substring(at)).toString();
    }
}
