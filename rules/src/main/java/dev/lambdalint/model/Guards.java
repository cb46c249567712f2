package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.LazyHolder;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the conditions of lazy initialisation in every spelling real code uses: {@code x == null},
 * {@code null == x}, {@code Objects.isNull(x)}, their negations ({@code !Objects.isNull(x)},
 * {@code Objects.nonNull(x)}, {@code x != null}), either side of {@code &&} and {@code ||}
 * ({@code x == null || x.isBlank()}, {@code x == null || expired()}), a local copy of the field
 * (double-checked locking through a local), an {@code AtomicReference}'s content ({@code REF.get() == null}) and
 * a boolean flag ({@code if (!initialized)}). What is tested is a field, or the parameter of an
 * {@code updateAndGet} function (the value held so far).
 */
final class Guards {
    /** The value a condition tests: a field, or the held value an updating function is given. */
    sealed interface Held {
    }

    record HeldField(FieldRef field) implements Held {
    }

    record HeldParameter(Parameter parameter) implements Held {
    }

    private static final int MAX_CALL_DEPTH = 2;

    private final CallResolver calls;
    private final Fields fields;
    private final Catalog catalog;
    private final java.util.Map<SetsQuestion, Boolean> answered = new java.util.HashMap<>();
    private final java.util.Map<Node, Writes> writes = new IdentityHashMap<>();
    private final Map<String, Boolean> methodAssignments = new HashMap<>();
    private final Set<Parameter> heldParameters = Collections.newSetFromMap(new IdentityHashMap<>());

    Guards(CallResolver calls, Fields fields, Catalog catalog) {
        this.calls = calls;
        this.fields = fields;
        this.catalog = catalog;
    }

    /** Declares a function parameter to be the value held so far (the {@code c} of {@code c -> c != null ? ...}). */
    void holdParameter(Parameter parameter) {
        heldParameters.add(parameter);
    }

    /** What the condition finds not yet set when it is true: the then-branch builds it. */
    Optional<Held> unset(Expression condition, CodeUnit unit) {
        return tested(condition, true, unit);
    }

    /** What the condition finds already set when it is true: an early return, or an else-branch that builds it. */
    Optional<Held> set(Expression condition, CodeUnit unit) {
        return tested(condition, false, unit);
    }

    /**
     * Whether the code gives the held value its value, so that the test fails next time: an assignment of the
     * field ({@code field = local = build()} included), a write into a holder ({@code REF.compareAndSet(null, x)}),
     * or a project method it calls doing either. The held parameter of an updating function needs none: the
     * function's result becomes the new value.
     */
    boolean sets(Node code, Held held, CodeUnit unit) {
        return held instanceof HeldParameter || setsRemembered(code, ((HeldField) held).field(), unit, 0);
    }

    private boolean sets(Node code, FieldRef field, CodeUnit unit, int depth) {
        Writes writes = writes(code);
        for (AssignExpr assign : writes.assignments()) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && names(assign.getTarget(), field, unit)) {
                return true;
            }
        }
        List<MethodCallExpr> invoked = writes.calls();
        for (MethodCallExpr call : invoked) {
            if (call.getScope().isPresent() && names(call.getScope().get(), field, unit)
                    && holder(field).map(h -> h.writes().contains(call.getNameAsString())).orElse(false)) {
                return true;
            }
        }
        if (depth < MAX_CALL_DEPTH && mayBeSetByCallee(field)) {
            Node home = privateHome(field);
            for (MethodCallExpr call : invoked) {
                for (CodeUnit callee : calls.targets(call, unit)) {
                    if (home != null && Trees.topLevelType(callee.declaration()) != home) {
                        continue; // a private field is set only by code of its own top-level class
                    }
                    if (callee.declaration() instanceof MethodDeclaration method && method.getBody().isPresent()
                            && setsRemembered(method.getBody().get(), field, callee, depth + 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a called method could set the field: one whose code assigns a name like the field's (in the field's
     * own top-level class, for a private field), or any method for a holder written through calls. A field assigned
     * only where it is tested or in constructors needs none of the guarded code's calls resolved.
     */
    private boolean mayBeSetByCallee(FieldRef field) {
        Node home = privateHome(field);
        boolean assigned = home == null ? assignedInSomeMethod(field.name())
                : SourceFile.of(home).map(f -> f.declarations().written().assignedInMethods()
                        .getOrDefault(((TypeDeclaration<?>) home).getNameAsString(), Set.of()).contains(field.name()))
                        .orElse(false);
        return assigned || holder(field).isPresent();
    }

    /** Whether a plain {@code =} in some method's code assigns the name; told by the files' declarations. */
    private boolean assignedInSomeMethod(String name) {
        return methodAssignments.computeIfAbsent(name, n -> calls.index().files().stream().anyMatch(f -> f
                .declarations().written().assignedInMethods().values().stream().anyMatch(names -> names.contains(n))));
    }

    /** The assignments and calls of a piece of code, in order: asked about once for each field a guard tests. */
    private record Writes(List<AssignExpr> assignments, List<MethodCallExpr> calls) {
    }

    private Writes writes(Node code) {
        return writes.computeIfAbsent(code, c -> {
            List<AssignExpr> assignments = new ArrayList<>();
            List<MethodCallExpr> calls = new ArrayList<>();
            Trees.walk(c, node -> {
                if (node instanceof AssignExpr assign) {
                    assignments.add(assign);
                } else if (node instanceof MethodCallExpr call) {
                    calls.add(call);
                }
            });
            return new Writes(assignments, calls);
        });
    }

    /** The top-level type of a private field, which alone can assign it; null for a field others may assign. */
    private static Node privateHome(FieldRef field) {
        return field.variable().getParentNode().orElse(null) instanceof FieldDeclaration declaration
                && declaration.isPrivate() ? Trees.topLevelType(declaration) : null;
    }


    /**
     * {@link #sets}, remembered: guards of one field call the same helpers again and again, and each early return
     * of a block asks about the statements after it, which the block's later early returns ask about again.
     */
    private boolean setsRemembered(Node code, FieldRef field, CodeUnit unit, int depth) {
        SetsQuestion question = new SetsQuestion(code, field.variable(), field.holderType(), unit, depth);
        Boolean known = answered.get(question);
        if (known == null) {
            known = sets(code, field, unit, depth);
            answered.put(question, known);
        }
        return known;
    }

    /** A question {@link #setsRemembered} answered, its syntax nodes compared by identity. */
    private record SetsQuestion(Node body, Node variable, String holderType, CodeUnit unit, int depth) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SetsQuestion q && q.body == body && q.variable == variable && q.depth == depth
                    && java.util.Objects.equals(q.holderType, holderType) && q.unit.equals(unit);
        }

        @Override
        public int hashCode() {
            // the unit too: one helper of a base class is asked about once per subclass running it
            return ((System.identityHashCode(body) * 31 + System.identityHashCode(variable)) * 31 + depth) * 31
                    + unit.hashCode();
        }
    }

    private Optional<Held> tested(Expression condition, boolean unset, CodeUnit unit) {
        if (condition instanceof EnclosedExpr e) {
            return tested(e.getInner(), unset, unit);
        }
        if (condition instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return tested(u.getExpression(), !unset, unit);
        }
        if (condition instanceof BinaryExpr binary) {
            return binary(binary, unset, unit);
        }
        if (condition instanceof MethodCallExpr call && call.getArguments().size() == 1 && onObjects(call)) {
            boolean isNull = call.getNameAsString().equals("isNull");
            if (isNull || call.getNameAsString().equals("nonNull")) {
                return isNull == unset ? held(call.getArgument(0), unit) : Optional.empty();
            }
        }
        return flag(condition, unit);
    }

    private Optional<Held> binary(BinaryExpr binary, boolean unset, CodeUnit unit) {
        BinaryExpr.Operator operator = binary.getOperator();
        if (operator == BinaryExpr.Operator.AND || operator == BinaryExpr.Operator.OR) {
            return tested(binary.getLeft(), unset, unit).or(() -> tested(binary.getRight(), unset, unit));
        }
        if (operator != BinaryExpr.Operator.EQUALS && operator != BinaryExpr.Operator.NOT_EQUALS) {
            return Optional.empty();
        }
        Expression other = isNullOrBoolean(binary.getRight()) ? binary.getLeft()
                : isNullOrBoolean(binary.getLeft()) ? binary.getRight() : null;
        if (other == null) {
            return Optional.empty();
        }
        boolean comparedWithNull = binary.getLeft() instanceof NullLiteralExpr
                || binary.getRight() instanceof NullLiteralExpr;
        if (!comparedWithNull) {
            return flag(other, unit); // initialized == false
        }
        return (operator == BinaryExpr.Operator.EQUALS) == unset ? held(other, unit) : Optional.empty();
    }

    /** A boolean field used as the condition: whichever way it is read, the guarded code sets it. */
    private Optional<Held> flag(Expression condition, CodeUnit unit) {
        if (!(condition instanceof NameExpr || condition instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        return fields.of(condition, unit.thisType())
                .filter(f -> f.variable().getType() instanceof PrimitiveType p
                        && p.getType() == PrimitiveType.Primitive.BOOLEAN
                        || f.variable().getType().asString().equals("Boolean"))
                .map(HeldField::new);
    }

    /** The field (or held parameter) an expression reads: directly, through a local copy, or a holder's get(). */
    private Optional<Held> held(Expression expression, CodeUnit unit) {
        if (expression instanceof EnclosedExpr e) {
            return held(e.getInner(), unit);
        }
        if (expression instanceof NameExpr name) {
            Optional<Node> declaration = calls.declarationOf(name, unit);
            if (declaration.isPresent() && declaration.get() instanceof Parameter p && heldParameters.contains(p)) {
                return Optional.of(new HeldParameter(p));
            }
            if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator local
                    && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
                return local.getInitializer().flatMap(i -> field(i, unit)).map(HeldField::new);
            }
        }
        if (expression instanceof MethodCallExpr call && call.getArguments().isEmpty() && call.getScope().isPresent()) {
            return field(call.getScope().get(), unit)
                    .filter(f -> holder(f).map(h -> h.reads().contains(call.getNameAsString())).orElse(false))
                    .map(HeldField::new);
        }
        return field(expression, unit).map(HeldField::new);
    }

    private Optional<FieldRef> field(Expression expression, CodeUnit unit) {
        if (expression instanceof EnclosedExpr e) {
            return field(e.getInner(), unit);
        }
        if (!(expression instanceof NameExpr || expression instanceof FieldAccessExpr)) {
            return Optional.empty();
        }
        return fields.of(expression, unit.thisType());
    }

    private boolean names(Expression target, FieldRef field, CodeUnit unit) {
        if (!field.name().equals(Trees.nameWritten(target))) {
            return false; // a name or field access resolves only to a field of its own name; nothing else to one
        }
        Optional<FieldRef> named = field(target, unit);
        if (named.isPresent()) {
            return named.get().sameField(field);
        }
        // other.field = ...: an object whose type cannot be worked out here, matched by name
        return target instanceof FieldAccessExpr access && access.getNameAsString().equals(field.name());
    }

    /** The holder type ({@code AtomicReference}) the field is declared as, if it is one. */
    Optional<LazyHolder> holder(FieldRef field) {
        return catalog.lazyHolder(fields.typeCandidates(field.variable().getType(), field.variable()));
    }

    private static boolean isNullOrBoolean(Expression expression) {
        return expression instanceof NullLiteralExpr || expression instanceof BooleanLiteralExpr;
    }

    private static boolean onObjects(MethodCallExpr call) {
        return call.getScope().map(s -> s instanceof NameExpr n && n.getNameAsString().equals("Objects")
                || s instanceof FieldAccessExpr f && f.getNameAsString().equals("Objects")).orElse(true);
    }
}
