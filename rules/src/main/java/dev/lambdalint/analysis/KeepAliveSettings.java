package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.catalog.KeepAliveOff;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.Optional;

/**
 * Recognises the settings the catalog lists as turning HTTP connection reuse off: a system property, a
 * {@code Connection: close} request header, a reuse strategy that never reuses, a pool that keeps no idle
 * connection. Returns what was found, for the message.
 */
public final class KeepAliveSettings {
    private static final String SYSTEM = "java.lang.System";

    private final InvocationModel model;
    private final KeepAliveOff off;
    private final ClientConstructions constructions;

    public KeepAliveSettings(InvocationModel model, KeepAliveOff off, ClientConstructions constructions) {
        this.model = model;
        this.off = off;
        this.constructions = constructions;
    }

    public Optional<String> turnedOff(Node node, CodeUnit unit) {
        if (node instanceof MethodCallExpr call) {
            return call(call, unit);
        }
        if (node instanceof ObjectCreationExpr creation && off.mayBeNamed(creation.getType().getNameWithScope())) {
            var types = constructions.typeCandidates(creation.getType().getNameWithScope(), creation);
            if (off.noReuseType(types)) {
                return Optional.of("a " + creation.getType().getNameAsString() + ", which never reuses a connection");
            }
            if (off.noIdlePoolType(types) && creation.getArguments().isNonEmpty()
                    && creation.getArgument(0) instanceof IntegerLiteralExpr max && max.asNumber().intValue() == 0) {
                return Optional.of("a " + creation.getType().getNameAsString()
                        + " that keeps no idle connection (maxIdleConnections 0)");
            }
        }
        if (node instanceof FieldAccessExpr access && access.getScope() instanceof NameExpr owner
                && off.mayBeNamed(owner.getNameAsString()) && off.noReuseType(constructions.typeCandidates(owner.getNameAsString(), owner))) {
            return Optional.of(CodeText.of(access) + ", which never reuses a connection");
        }
        return Optional.empty();
    }

    private Optional<String> call(MethodCallExpr call, CodeUnit unit) {
        String name = call.getNameAsString();
        if (name.equals("setProperty") && call.getArguments().size() == 2
                && constructions.staticOwners(call, unit).contains(SYSTEM)) {
            String property = text(call.getArgument(0), unit);
            String value = text(call.getArgument(1), unit);
            if (property != null && value != null && value.equalsIgnoreCase(off.systemProperties().get(property))) {
                return Optional.of("System.setProperty(\"" + property + "\", \"" + value + "\")");
            }
        }
        if (off.headerSetters().contains(name) && call.getArguments().size() == 2
                && means(call.getArgument(0), off.headerName(), off.headerNameConstants().contains(constant(
                        call.getArgument(0))), unit)
                && means(call.getArgument(1), off.headerValue(), off.headerValueConstants().contains(constant(
                        call.getArgument(1))), unit)) {
            return Optional.of("a \"" + off.headerName() + ": " + off.headerValue() + "\" request header");
        }
        if (off.reuseStrategySetters().contains(name) && call.getArguments().size() == 1
                && call.getArgument(0) instanceof LambdaExpr lambda && answersFalse(lambda)) {
            return Optional.of("a connection reuse strategy that always answers false");
        }
        return Optional.empty();
    }

    private boolean means(Expression expression, String expected, boolean namedConstant, CodeUnit unit) {
        String text = text(expression, unit);
        return namedConstant || text != null && text.equalsIgnoreCase(expected);
    }

    /** The simple name of a constant an expression reads ({@code HttpHeaders.CONNECTION}), or "". */
    private static String constant(Expression expression) {
        return expression instanceof FieldAccessExpr access ? access.getNameAsString()
                : expression instanceof NameExpr name ? name.getNameAsString() : "";
    }

    /** The text of a literal, or of a project constant initialised with one; null when not known. */
    private String text(Expression expression, CodeUnit unit) {
        if (expression instanceof StringLiteralExpr literal) {
            return literal.getValue();
        }
        if (expression instanceof BooleanLiteralExpr literal) {
            return String.valueOf(literal.getValue());
        }
        Optional<FieldRef> field = model.fields().of(expression, unit.thisType());
        if (field.isPresent() && ((FieldDeclaration) field.get().variable().getParentNode().orElseThrow()).isFinal()) {
            return field.get().variable().getInitializer().map(i -> text(i, unit)).orElse(null);
        }
        return null;
    }

    private static boolean answersFalse(LambdaExpr lambda) {
        Optional<Expression> result = lambda.getExpressionBody().or(() -> Trees.findAll(lambda.getBody(), ReturnStmt.class)
                .stream().findFirst().flatMap(ReturnStmt::getExpression));
        return result.filter(BooleanLiteralExpr.class::isInstance)
                .map(r -> !((BooleanLiteralExpr) r).getValue()).orElse(false);
    }
}
