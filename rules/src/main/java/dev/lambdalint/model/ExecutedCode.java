package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.Memoizer;
import dev.lambdalint.source.LocalTypes;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nodes that run each time a code unit runs, in source order. Left out, because they run once per
 * execution environment however often the unit runs (see {@link Guards} for the spellings understood): the body
 * of a lazy-init guard ({@code if (field == null) field = ...}, double-checked, through a local copy, on an
 * {@code AtomicReference}'s content or a boolean flag, also when a method it calls sets the field), the code after
 * {@code if (field != null) return field;}, the body of an expiry guard that compares a time kept in a field and
 * resets it ({@code if (now > expiresAt) { ...; expiresAt = ...; }}, also the early-return form), the function
 * given to a memoizing call on a field ({@code CACHE.computeIfAbsent(key, k -> ...)}), the null branch of the
 * function given to {@code REF.updateAndGet(c -> c != null ? c : build())}, a catch that rebuilds into a field the
 * object its try used ({@code catch (IllegalStateException e) { client = build(); }}). Also left out, and judged instead by
 * {@link CacheCreations} when built per invocation: the function a memoizing wrapper keeps
 * ({@code Suppliers.memoize(fn)}), a cache builder's loader, and the functions given to a cache that the same code
 * builds. Each part left out is remembered with the field that keeps it, for the rules to ask.
 */
final class ExecutedCode {
    private static final Set<BinaryExpr.Operator> RELATIONAL = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);
    private static final Set<String> TIME_COMPARISONS = Set.of("isBefore", "isAfter", "compareTo");

    /** Code left out of a unit's executed nodes, and the field that keeps its result (null for none). */
    record Cached(Node code, FieldRef field) {
    }

    private final CallResolver calls;
    private final Fields fields;
    private final Catalog catalog;
    private final Guards guards;
    private final CacheCreations creations;
    private final Map<Node, List<Cached>> cached = new IdentityHashMap<>();

    ExecutedCode(CallResolver calls, Fields fields, Catalog catalog, CacheCreations creations) {
        this.calls = calls;
        this.fields = fields;
        this.catalog = catalog;
        this.guards = new Guards(calls, fields, catalog);
        this.creations = creations;
    }

    List<Node> nodes(CodeUnit unit) {
        List<Node> out = new ArrayList<>();
        List<Cached> left = new ArrayList<>();
        for (Node root : roots(unit)) {
            walk(root, unit, left, out);
        }
        cached.put(unit.declaration(), left);
        return out;
    }

    /** What {@link #nodes} left out of the unit, once it has been asked for them. */
    List<Cached> cached(CodeUnit unit) {
        if (!cached.containsKey(unit.declaration())) {
            nodes(unit);
        }
        return cached.get(unit.declaration());
    }

    /** Every node of the unit, guarded and memoized code included. */
    List<Node> all(CodeUnit unit) {
        List<Node> out = new ArrayList<>();
        roots(unit).forEach(root -> out.addAll(Trees.findAll(root, Node.class)));
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

    private void walk(Node node, CodeUnit unit, List<Cached> left, List<Node> out) {
        for (Cached c : left) { // few or none: a loop, not a stream per node
            if (c.code() == node) {
                return;
            }
        }
        out.add(node);
        markGuarded(node, unit, left);
        for (Node child : node.getChildNodes()) {
            walk(child, unit, left, out);
        }
    }

    private void markGuarded(Node node, CodeUnit unit, List<Cached> left) {
        if (node instanceof IfStmt ifStmt) {
            guards.unset(ifStmt.getCondition(), unit)
                    .filter(held -> guards.sets(ifStmt.getThenStmt(), held, unit))
                    .map(ExecutedCode::fieldOf)
                    .or(() -> resetTimeField(ifStmt.getCondition(), List.of(ifStmt.getThenStmt()), unit)
                            .map(Optional::of))
                    .ifPresent(field -> left.add(new Cached(ifStmt.getThenStmt(), field.orElse(null))));
            // the other way round: if (client != null) { ... } else { client = build(); }
            ifStmt.getElseStmt().ifPresent(elseStmt -> guards.set(ifStmt.getCondition(), unit)
                    .filter(held -> guards.sets(elseStmt, held, unit))
                    .ifPresent(held -> left.add(new Cached(elseStmt, fieldOf(held).orElse(null)))));
        } else if (node instanceof BlockStmt block) {
            skipAfterEarlyReturn(block, unit, left);
        } else if (node instanceof ConditionalExpr conditional) {
            guards.unset(conditional.getCondition(), unit)
                    .filter(held -> guards.sets(conditional.getThenExpr(), held, unit))
                    .ifPresent(held -> left.add(new Cached(conditional.getThenExpr(), fieldOf(held).orElse(null))));
            guards.set(conditional.getCondition(), unit)
                    .filter(held -> guards.sets(conditional.getElseExpr(), held, unit))
                    .ifPresent(held -> left.add(new Cached(conditional.getElseExpr(), fieldOf(held).orElse(null))));
        } else if (node instanceof TryStmt tryStmt) {
            recoveries(tryStmt, unit, left);
        } else if (node instanceof MethodCallExpr call) {
            memoizingCall(call, unit, left);
        } else if (node instanceof ObjectCreationExpr creation && creation.getArguments().isNonEmpty()) {
            creations.memoizingConstructor(creation)
                    .filter(f -> f.argument() < creation.getArguments().size())
                    .ifPresent(f -> left.add(new Cached(creation.getArgument(f.argument()), null)));
        }
    }

    /**
     * A catch that builds anew what its try used and stores it back in the same field ({@code try {
     * client.getConnection(r); } catch (IllegalStateException e) { client = build(); }}): it runs when the kept
     * object has failed, not on every invocation, so it is left out like a lazy initialisation of that field.
     */
    private void recoveries(TryStmt tryStmt, CodeUnit unit, List<Cached> left) {
        if (tryStmt.getCatchClauses().isEmpty()) {
            return;
        }
        List<FieldRef> used = new ArrayList<>();
        for (MethodCallExpr call : Trees.findAll(tryStmt.getTryBlock(), MethodCallExpr.class)) {
            call.getScope().flatMap(scope -> fields.of(scope, unit.thisType()))
                    .filter(field -> used.stream().noneMatch(u -> u.variable() == field.variable()))
                    .ifPresent(used::add);
        }
        for (CatchClause clause : tryStmt.getCatchClauses()) {
            used.stream().filter(field -> guards.sets(clause.getBody(), new Guards.HeldField(field), unit))
                    .findFirst().ifPresent(field -> left.add(new Cached(clause.getBody(), field)));
        }
    }

    /**
     * The function a memoizing call keeps: on a field (once per key), on a cache the same code builds (judged as
     * a cache built per invocation), a memoizing wrapper's function and a cache builder's loader (likewise).
     */
    private void memoizingCall(MethodCallExpr call, CodeUnit unit, List<Cached> left) {
        Optional<Integer> wrapped = creations.memoizingFactoryArgument(call, unit)
                .or(() -> creations.cacheLoaderArgument(call, unit));
        if (wrapped.isPresent()) {
            left.add(new Cached(call.getArgument(wrapped.get()), null));
            return;
        }
        if (call.getScope().isEmpty()) {
            return;
        }
        Expression receiver = call.getScope().get();
        if (!catalog.isMemoizerName(call.getNameAsString())) {
            return;
        }
        Optional<Memoizer> memoizer = catalog.memoizer(call.getNameAsString(), call.getArguments().size(),
                receiverTypes(receiver, unit));
        if (memoizer.isEmpty()) {
            return;
        }
        Optional<FieldRef> field = receiver instanceof NameExpr || receiver instanceof FieldAccessExpr
                ? fields.of(receiver, unit.thisType()) : Optional.empty();
        Expression function = call.getArgument(memoizer.get().argument());
        if (memoizer.get().nullGuarded()) {
            if (field.isPresent() && function instanceof LambdaExpr lambda && lambda.getParameters().isNonEmpty()) {
                guards.holdParameter(lambda.getParameter(0));
            } else if (field.isPresent() && function instanceof MethodReferenceExpr reference) {
                for (CodeUnit target : calls.targets(reference, unit)) {
                    if (target.declaration() instanceof MethodDeclaration method
                            && method.getParameters().isNonEmpty()) {
                        guards.holdParameter(method.getParameter(0)); // REF.updateAndGet(this::orCreate)
                    }
                }
            }
        } else if (field.isPresent()) {
            left.add(new Cached(function, field.get()));
        } else if (receiver instanceof NameExpr local && creations.builtHere(local, unit)) {
            left.add(new Cached(function, null));
        }
    }

    /** The library types a receiver is declared as; empty when it is a project type or cannot be worked out. */
    private List<String> receiverTypes(Expression receiver, CodeUnit unit) {
        Optional<Node> declaration = calls.declarationOf(receiver, unit);
        if (declaration.isPresent() && declaration.get() instanceof VariableDeclarator v
                && !LocalTypes.inferred(v.getType(), calls.index())) {
            List<String> types = fields.typeCandidates(v.getType(), v);
            return types.stream().anyMatch(t -> calls.isProjectType(t)) ? List.of() : types;
        }
        return List.of();
    }

    /** {@code if (field != null) return field;} followed by statements that set the field. */
    private void skipAfterEarlyReturn(BlockStmt block, CodeUnit unit, List<Cached> left) {
        NodeList<Statement> statements = block.getStatements();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof IfStmt ifStmt && ifStmt.getElseStmt().isEmpty()
                    && exits(ifStmt.getThenStmt())) {
                List<Statement> rest = statements.subList(i + 1, statements.size());
                Optional<Guards.Held> held = guards.set(ifStmt.getCondition(), unit)
                        .filter(h -> rest.stream().anyMatch(s -> guards.sets(s, h, unit)));
                Optional<Optional<FieldRef>> kept = held.map(ExecutedCode::fieldOf)
                        .or(() -> resetTimeField(ifStmt.getCondition(), rest, unit).map(Optional::of));
                if (kept.isPresent()) {
                    rest.forEach(s -> left.add(new Cached(s, kept.get().orElse(null))));
                    return;
                }
            }
        }
    }

    private static Optional<FieldRef> fieldOf(Guards.Held held) {
        return held instanceof Guards.HeldField f ? Optional.of(f.field()) : Optional.empty();
    }

    private static boolean exits(Statement statement) {
        Statement last = statement instanceof BlockStmt b && b.getStatements().isNonEmpty()
                ? b.getStatements().getLast().get() : statement;
        return last instanceof ReturnStmt || last instanceof ThrowStmt;
    }

    /**
     * A field that the condition compares ({@code <}, {@code >}, {@code isBefore}, {@code isAfter}, ...) and that the
     * guarded statements assign: an expiry or load time, so the guarded code runs again only once it has passed.
     */
    private Optional<FieldRef> resetTimeField(Expression condition, List<? extends Node> guarded, CodeUnit unit) {
        List<Expression> compared = new ArrayList<>();
        for (BinaryExpr binary : Trees.findAll(condition, BinaryExpr.class)) {
            if (RELATIONAL.contains(binary.getOperator())) {
                compared.add(binary.getLeft());
                compared.add(binary.getRight());
            }
        }
        for (MethodCallExpr call : Trees.findAll(condition, MethodCallExpr.class)) {
            if (TIME_COMPARISONS.contains(call.getNameAsString())) {
                call.getScope().ifPresent(compared::add);
                compared.addAll(call.getArguments());
            }
        }
        return compared.stream()
                .flatMap(e -> Trees.findAll(e, Expression.class, x -> x instanceof NameExpr || x instanceof FieldAccessExpr)
                        .stream())
                .flatMap(e -> fields.of(e, unit.thisType()).stream())
                .filter(field -> guarded.stream().anyMatch(g -> guards.sets(g, new Guards.HeldField(field), unit)))
                .findFirst();
    }
}
