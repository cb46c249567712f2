package dev.lambdalint.analysis;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;

/**
 * Whether an expression has the same value on every call: a literal, a static final field, a final field
 * (static or not) initialized with a constant ({@code private final String REGEX = "..."}), an interface
 * field, or constants joined with {@code +}.
 */
public final class Constants {
    private static final int MAX_DEPTH = 8;

    private final InvocationModel model;

    public Constants(InvocationModel model) {
        this.model = model;
    }

    public boolean isConstant(Expression expression, CodeUnit unit) {
        return constant(expression, unit, 0);
    }

    private boolean constant(Expression expression, CodeUnit unit, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return constant(enclosed.getInner(), unit, depth + 1);
        }
        if (expression instanceof LiteralExpr) {
            return !(expression instanceof NullLiteralExpr);
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return constant(binary.getLeft(), unit, depth + 1) && constant(binary.getRight(), unit, depth + 1);
        }
        return model.calls().declarationOf(expression, unit)
                .filter(d -> d instanceof VariableDeclarator v && constantField(v, unit, depth)).isPresent();
    }

    private boolean constantField(VariableDeclarator variable, CodeUnit unit, int depth) {
        if (!(variable.getParentNode().orElse(null) instanceof FieldDeclaration field)) {
            return false;
        }
        boolean inInterface = field.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration type
                && type.isInterface();
        if (field.isStatic() && field.isFinal() || inInterface) {
            return true; // its initializer runs once, whatever it is
        }
        // an instance final field holds the same value in every object when its initializer is constant
        return field.isFinal() && variable.getInitializer().map(i -> constant(i, unit, depth + 1)).orElse(false);
    }
}
