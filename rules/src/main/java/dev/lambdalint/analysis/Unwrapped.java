package dev.lambdalint.analysis;

import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;

/** An expression without what does not change the value it denotes: the parentheses and casts around it. */
public final class Unwrapped {
    private Unwrapped() {
    }

    public static Expression of(Expression expression) {
        Expression current = expression;
        while (current instanceof EnclosedExpr || current instanceof CastExpr) {
            current = current instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) current).getExpression();
        }
        return current;
    }
}
