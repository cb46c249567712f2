package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;

/**
 * One change a fix makes, on the syntax tree of the file as analyzed. {@link EditRenderer} turns the changes of
 * one fix, or of every fix of a file, into text edits; what a change implies around it (a finally left empty, a
 * try with no resource, catch or finally left) is worked out there, for all the changes together.
 */
sealed interface Op {

    /** The node's text becomes {@code text}. */
    record Replace(Node node, String text) implements Op {
    }

    /** {@code text} goes in at {@code offset}; insertions at one offset keep their order. */
    record Insert(int offset, String text) implements Op {
    }

    /** The statement goes, with its comment. */
    record DropStatement(Statement statement) implements Op {
    }

    /**
     * A try-with-resources stops closing {@code resource}; when it declared a variable, {@code declaration} (a
     * statement such as {@code S3Client s3 = S3_CLIENT;}) declares it at the start of the try block instead.
     */
    record DropResource(TryStmt tryStmt, Expression resource, String declaration) implements Op {
    }
}
