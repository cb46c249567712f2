package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import dev.lambdalint.catalog.Catalog;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The nodes that run each time a code unit runs, in source order. Left out, because they run once per
 * execution environment however often the unit runs: the body of a lazy-init guard
 * ({@code if (field == null) field = ...}, also double-checked, and the code after
 * {@code if (field != null) return field;}), the body of an expiry guard that compares a time kept in a field and
 * resets it ({@code if (now > expiresAt) { ...; expiresAt = ...; }}, also the early-return form), and the
 * function given to a memoizing call on a field ({@code CACHE.computeIfAbsent(key, k -> ...)}).
 */
final class ExecutedCode {
    private static final Set<BinaryExpr.Operator> RELATIONAL = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);
    private static final Set<String> TIME_COMPARISONS = Set.of("isBefore", "isAfter", "compareTo");

    private final CallResolver calls;
    private final Catalog catalog;

    ExecutedCode(CallResolver calls, Catalog catalog) {
        this.calls = calls;
        this.catalog = catalog;
    }

    List<Node> nodes(CodeUnit unit) {
        List<Node> out = new ArrayList<>();
        Set<Node> skipped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node root : roots(unit)) {
            walk(root, unit, skipped, out);
        }
        return out;
    }

    /** Every node of the unit, guarded and memoized code included. */
    List<Node> all(CodeUnit unit) {
        List<Node> out = new ArrayList<>();
        roots(unit).forEach(root -> out.addAll(root.findAll(Node.class)));
        return out;
    }

    private static List<Node> roots(CodeUnit unit) {
        Node declaration = unit.declaration();
        if (declaration instanceof MethodDeclaration m) {
            return m.getBody().<List<Node>>map(List::of).orElse(List.of());
        }
        if (declaration instanceof ConstructorDeclaration c) {
            return List.of(c.getBody());
        }
        if (declaration instanceof LambdaExpr lambda) {
            return List.of(lambda.getBody()); // a function a framework bean returns
        }
        if (declaration instanceof InitializerDeclaration i) {
            return List.of(i.getBody()); // a static initialiser: see InvocationModel#everRun
        }
        if (declaration instanceof FieldDeclaration f) {
            List<Node> initializers = new ArrayList<>();
            f.getVariables().forEach(v -> v.getInitializer().ifPresent(initializers::add));
            return initializers;
        }
        List<Node> roots = new ArrayList<>();
        if (declaration instanceof TypeDeclaration<?> type) {
            for (var member : type.getMembers()) {
                if (member instanceof FieldDeclaration f && !f.isStatic()) {
                    f.getVariables().forEach(v -> v.getInitializer().ifPresent(roots::add));
                } else if (member instanceof InitializerDeclaration i && !i.isStatic()) {
                    roots.add(i.getBody());
                }
            }
        }
        return roots;
    }

    private void walk(Node node, CodeUnit unit, Set<Node> skipped, List<Node> out) {
        if (skipped.contains(node)) {
            return;
        }
        out.add(node);
        markGuarded(node, unit, skipped);
        for (Node child : node.getChildNodes()) {
            walk(child, unit, skipped, out);
        }
    }

    private void markGuarded(Node node, CodeUnit unit, Set<Node> skipped) {
        if (node instanceof IfStmt ifStmt) {
            nullCheckedField(ifStmt.getCondition(), BinaryExpr.Operator.EQUALS, unit)
                    .filter(field -> assigns(ifStmt.getThenStmt(), field))
                    .or(() -> resetTimeField(ifStmt.getCondition(), List.of(ifStmt.getThenStmt()), unit))
                    .ifPresent(field -> skipped.add(ifStmt.getThenStmt()));
        } else if (node instanceof BlockStmt block) {
            skipAfterEarlyReturn(block, unit, skipped);
        } else if (node instanceof ConditionalExpr conditional) {
            nullCheckedField(conditional.getCondition(), BinaryExpr.Operator.EQUALS, unit)
                    .filter(field -> assigns(conditional.getThenExpr(), field))
                    .ifPresent(field -> skipped.add(conditional.getThenExpr()));
            nullCheckedField(conditional.getCondition(), BinaryExpr.Operator.NOT_EQUALS, unit)
                    .filter(field -> assigns(conditional.getElseExpr(), field))
                    .ifPresent(field -> skipped.add(conditional.getElseExpr()));
        } else if (node instanceof MethodCallExpr call) {
            catalog.memoizer(call.getNameAsString(), call.getArguments().size())
                    .filter(m -> call.getScope().map(scope -> outlivesInvocation(scope, unit)).orElse(false))
                    .ifPresent(m -> skipped.add(call.getArgument(m.argument())));
        }
    }

    /** {@code if (field != null) return field;} followed by statements that assign the field. */
    private void skipAfterEarlyReturn(BlockStmt block, CodeUnit unit, Set<Node> skipped) {
        NodeList<Statement> statements = block.getStatements();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty() && exits(ifStmt.getThenStmt())) {
                Optional<String> field = nullCheckedField(ifStmt.getCondition(), BinaryExpr.Operator.NOT_EQUALS, unit);
                List<Statement> rest = statements.subList(i + 1, statements.size());
                if (field.isPresent() && rest.stream().anyMatch(s -> assigns(s, field.get()))
                        || resetTimeField(ifStmt.getCondition(), rest, unit).isPresent()) {
                    skipped.addAll(rest);
                    return;
                }
            }
        }
    }

    private static boolean exits(Statement statement) {
        Statement last = statement instanceof BlockStmt b && b.getStatements().isNonEmpty()
                ? b.getStatements().getLast().get() : statement;
        return last instanceof ReturnStmt || last instanceof ThrowStmt;
    }

    /** The field compared with null by {@code operator} in the condition (or one of its && / || parts). */
    private Optional<String> nullCheckedField(Expression condition, BinaryExpr.Operator operator, CodeUnit unit) {
        if (condition instanceof EnclosedExpr e) {
            return nullCheckedField(e.getInner(), operator, unit);
        }
        if (condition instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return Optional.empty();
        }
        if (condition instanceof MethodCallExpr call && operator == BinaryExpr.Operator.EQUALS
                && call.getNameAsString().equals("isNull") && call.getArguments().size() == 1) {
            return fieldName(call.getArgument(0), unit);
        }
        if (condition instanceof BinaryExpr binary) {
            if (binary.getOperator() == BinaryExpr.Operator.AND || binary.getOperator() == BinaryExpr.Operator.OR) {
                return nullCheckedField(binary.getLeft(), operator, unit)
                        .or(() -> nullCheckedField(binary.getRight(), operator, unit));
            }
            if (binary.getOperator() == operator) {
                if (binary.getRight() instanceof NullLiteralExpr) {
                    return fieldName(binary.getLeft(), unit);
                }
                if (binary.getLeft() instanceof NullLiteralExpr) {
                    return fieldName(binary.getRight(), unit);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> fieldName(Expression expression, CodeUnit unit) {
        if (expression instanceof FieldAccessExpr access) {
            return Optional.of(access.getNameAsString());
        }
        if (expression instanceof NameExpr name && calls.isField(name.getNameAsString(), name, unit.thisType())) {
            return Optional.of(name.getNameAsString());
        }
        return Optional.empty();
    }

    /**
     * A field that the condition compares ({@code <}, {@code >}, {@code isBefore}, {@code isAfter}, ...) and that the
     * guarded statements assign: an expiry or load time, so the guarded code runs again only once it has passed.
     */
    private Optional<String> resetTimeField(Expression condition, List<? extends Node> guarded, CodeUnit unit) {
        List<Expression> compared = new ArrayList<>();
        for (BinaryExpr binary : condition.findAll(BinaryExpr.class)) {
            if (RELATIONAL.contains(binary.getOperator())) {
                compared.add(binary.getLeft());
                compared.add(binary.getRight());
            }
        }
        for (MethodCallExpr call : condition.findAll(MethodCallExpr.class)) {
            if (TIME_COMPARISONS.contains(call.getNameAsString())) {
                call.getScope().ifPresent(compared::add);
                compared.addAll(call.getArguments());
            }
        }
        return compared.stream()
                .flatMap(e -> e.findAll(Expression.class, x -> x instanceof NameExpr || x instanceof FieldAccessExpr)
                        .stream())
                .flatMap(e -> fieldName(e, unit).stream())
                .filter(field -> guarded.stream().anyMatch(g -> assigns(g, field)))
                .findFirst();
    }

    private static boolean assigns(Node scope, String field) {
        return scope.findAll(AssignExpr.class).stream().anyMatch(a -> a.getOperator() == AssignExpr.Operator.ASSIGN
                && (a.getTarget() instanceof NameExpr n && n.getNameAsString().equals(field)
                    || a.getTarget() instanceof FieldAccessExpr f && f.getNameAsString().equals(field)));
    }

    private boolean outlivesInvocation(Expression receiver, CodeUnit unit) {
        if (receiver instanceof NameExpr name) {
            return calls.isField(name.getNameAsString(), name, unit.thisType());
        }
        return receiver instanceof FieldAccessExpr access
                && (access.getScope() instanceof ThisExpr || access.getScope() instanceof NameExpr);
    }
}
