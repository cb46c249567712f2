package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.lambdalint.model.InvocationModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a close can go without breaking a catch around it: a close that declares a checked exception may be the
 * only thing a surrounding catch catches, and without it the catch would not compile. A close of a type whose close
 * declares nothing checked, or catches only of unchecked types (or of Exception), are safe.
 */
final class Catches {
    private final InvocationModel model;
    private final FixKnowledge knowledge = FixKnowledge.get();

    Catches(InvocationModel model) {
        this.model = model;
    }

    /**
     * A close that declares a checked exception may be the only thing a surrounding catch catches: without it the
     * catch would not compile. Unless the closed type's close is quiet or every such catch is of an unchecked type,
     * the fix stops.
     */
    void stayLegal(Node closing, String closedType) {
        if (knowledge.quietClose(closedType)) {
            return;
        }
        Node previous = closing;
        for (Node n = closing.getParentNode().orElse(null); n != null && !(n instanceof CallableDeclaration<?>)
                && !(n instanceof LambdaExpr); previous = n, n = n.getParentNode().orElse(null)) {
            if (!(n instanceof TryStmt tryStmt)) {
                continue;
            }
            boolean inBody = previous == tryStmt.getTryBlock()
                    || tryStmt.getResources().stream().anyMatch(r -> Planning.within(closing, r));
            if (!inBody) {
                continue;
            }
            for (CatchClause clause : tryStmt.getCatchClauses()) {
                for (Type type : caught(clause.getParameter().getType())) {
                    if (!unchecked(type)) {
                        throw new NoFix("the catch of " + type + " around it may be left with nothing to catch "
                                + "once the close goes");
                    }
                }
            }
        }
    }

    private static List<Type> caught(Type type) {
        if (type instanceof UnionType union) {
            return new ArrayList<>(union.getElements());
        }
        return List.of(type);
    }

    private boolean unchecked(Type type) {
        String written = type instanceof ReferenceType r ? r.asString() : type.asString();
        var resolver = model.index().resolver(type);
        String fqn = resolver.resolve(written, type).orElse(written.contains(".") ? written : "java.lang." + written);
        if (knowledge.unchecked(fqn)) {
            return true;
        }
        for (String owner : model.index().ancestry(fqn)) {
            for (String parent : model.index().supertypes(owner)) {
                if (!parent.equals("java.lang.Exception") && !parent.equals("java.lang.Throwable")
                        && knowledge.unchecked(parent)) {
                    return true;
                }
            }
        }
        return false;
    }
}
