package dev.lambdalint.check.tmpfiles;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.TempFileCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What becomes of a file made per invocation: deleted (a delete call or method reference on the local holding it
 * or on another name of the same file, {@code DELETE_ON_CLOSE}, a project method that deletes what it is given,
 * the same path written out again in a delete), handed on to code that may delete it later (a field, a
 * collection, a caller that is not in sight), or kept: left in /tmp.
 *
 * <p>Names of the same file are the locals one made from the other, either way, through conversions that keep the
 * file ({@code toPath()}, {@code toFile()}, {@code toAbsolutePath()}, {@code Path.of(name)}, {@code new File(name)},
 * {@code Paths.get(file.getAbsolutePath())}); a file written through one of them is followed through all. A local
 * built from another one's name with something added ({@code dir.resolve(..)}, {@code new File(parent, ..)},
 * {@code name + ".gz"}) is another file.
 */
final class Deletions {
    private static final int MAX_DEPTH = 3;
    private static final Set<String> COLLECTING = Set.of("add", "addAll", "put", "offer", "push", "addLast",
            "addFirst");
    private static final String DELETE_ON_EXIT = "deleteOnExit";
    /** A file's name as text: {@code new File(file.getAbsolutePath())} is the same file. */
    private static final Set<String> SAME_NAME = Set.of("toString", "getAbsolutePath", "getPath");

    enum Fate { DELETED, HANDED_ON, KEPT }

    /** The fate, and whether {@code deleteOnExit()} was asked for, which a warm environment never honours. */
    record Outcome(Fate fate, boolean onExit) {
        Outcome or(Outcome other) {
            Fate worst = fate == Fate.KEPT || other.fate == Fate.KEPT ? Fate.KEPT
                    : fate == Fate.HANDED_ON || other.fate == Fate.HANDED_ON ? Fate.HANDED_ON : Fate.DELETED;
            return new Outcome(worst, onExit || other.onExit);
        }
    }

    private final InvocationModel model;
    private final TempFileCatalog catalog;
    private final CallPatterns patterns;
    private final Set<String> passThrough = new LinkedHashSet<>();

    Deletions(InvocationModel model, TempFileCatalog catalog, CallPatterns patterns) {
        this.model = model;
        this.catalog = catalog;
        this.patterns = patterns;
        for (CallPattern path : catalog.paths()) {
            passThrough.addAll(path.methods());
        }
        passThrough.remove("resolve"); // dir.resolve(name) is another file
    }

    /** The fate of the file whose making is {@code made}, in code reached as {@code reach} says. */
    Outcome of(Expression made, Reach reach) {
        return of(made, reach, 0);
    }

    /** The expression that still denotes the same file: through casts, parentheses, toFile(), toPath(), .. */
    private Expression climb(Expression made, CodeUnit unit) {
        Expression value = made;
        while (true) {
            Node parent = value.getParentNode().orElse(null);
            if (parent instanceof CastExpr || parent instanceof EnclosedExpr) {
                value = (Expression) parent;
            } else if (parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == value
                    && passThrough.contains(chained.getNameAsString())) {
                value = chained;
            } else if (parent instanceof Expression wrapping && wraps(wrapping, value, unit)) {
                value = wrapping;
            } else if (parent instanceof MethodCallExpr named && named.getScope().orElse(null) == value
                    && SAME_NAME.contains(named.getNameAsString()) && named.getArguments().isEmpty()
                    && named.getParentNode().orElse(null) instanceof Expression wrapping
                    && wraps(wrapping, named, unit)) {
                value = wrapping; // Paths.get(file.getAbsolutePath()), not the name's text on its own
            } else {
                return value;
            }
        }
    }

    /** {@code new File(name)}, {@code Path.of(name)}, {@code Paths.get(name)}: the file that name denotes. */
    private boolean wraps(Expression wrapping, Expression name, CodeUnit unit) {
        if (!(wrapping instanceof ObjectCreationExpr || wrapping instanceof MethodCallExpr)
                || ((NodeWithArguments<?>) wrapping).getArguments().size() != 1
                || ((NodeWithArguments<?>) wrapping).getArgument(0) != name) {
            return false;
        }
        Optional<CallPattern> path = patterns.match(wrapping, unit, catalog.paths());
        return path.isPresent() && (wrapping instanceof ObjectCreationExpr
                || path.get().staticMethods().contains(((MethodCallExpr) wrapping).getNameAsString()));
    }

    /**
     * The local whose file an expression denotes ({@code file} for {@code file.toPath()}, {@code name} for
     * {@code Path.of(name)}), or empty when it is anything else.
     */
    private Optional<NameExpr> root(Expression expression, CodeUnit unit) {
        Expression e = expression;
        while (true) {
            if (e instanceof EnclosedExpr enclosed) {
                e = enclosed.getInner();
            } else if (e instanceof CastExpr cast) {
                e = cast.getExpression();
            } else if (e instanceof NameExpr name) {
                return Optional.of(name);
            } else if (e instanceof MethodCallExpr call && call.getScope().isPresent() && call.getArguments().isEmpty()
                    && (passThrough.contains(call.getNameAsString()) || SAME_NAME.contains(call.getNameAsString()))) {
                e = call.getScope().get();
            } else if ((e instanceof ObjectCreationExpr || e instanceof MethodCallExpr)
                    && ((NodeWithArguments<?>) e).getArguments().size() == 1
                    && wraps(e, ((NodeWithArguments<?>) e).getArgument(0), unit)) {
                e = ((NodeWithArguments<?>) e).getArgument(0);
            } else {
                return Optional.empty();
            }
        }
    }

    private Outcome of(Expression made, Reach reach, int depth) {
        Outcome outcome = followed(made, reach, depth);
        if (outcome.fate() == Fate.KEPT) {
            Optional<VariableDeclarator> holder = holder(made, reach);
            if (holder.isPresent()) {
                Outcome held = held(holder.get(), reach, depth);
                outcome = new Outcome(held.fate(), outcome.onExit() || held.onExit());
            }
        }
        return outcome.fate() == Fate.KEPT && written(made) ? new Outcome(Fate.DELETED, outcome.onExit()) : outcome;
    }

    /** The local a path is written through names ({@code Files.write(file.toPath(), ..)}: {@code file}). */
    private Optional<VariableDeclarator> holder(Expression path, Reach reach) {
        return root(path, reach.unit()).flatMap(name -> model.calls().declarationOf(name, reach.unit()))
                .filter(d -> d instanceof VariableDeclarator local
                        && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                .map(VariableDeclarator.class::cast);
    }

    private Outcome followed(Expression made, Reach reach, int depth) {
        Expression value = climb(made, reach.unit());
        Node parent = value.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr chained && chained.getScope().orElse(null) == value) {
            return new Outcome(deletes(chained) || movesAway(chained) ? Fate.DELETED : Fate.KEPT,
                    chained.getNameAsString().equals(DELETE_ON_EXIT));
        }
        if (parent instanceof VariableDeclarator local
                && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            return held(local, reach, depth);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == value) {
            Node target = model.calls().declarationOf(assign.getTarget(), reach.unit()).orElse(null);
            return target instanceof VariableDeclarator local
                    && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    ? held(local, reach, depth) : new Outcome(Fate.HANDED_ON, false);
        }
        if (parent instanceof ReturnStmt) {
            return callers(value, reach, depth);
        }
        if (parent instanceof NodeWithArguments<?> call && call.getArguments().contains(value)) {
            return argument(parent, call.getArguments().indexOf(value), reach, depth);
        }
        return new Outcome(Fate.HANDED_ON, false);
    }

    /** A local holding the file: deleted through it or a local made from it, handed on, or kept. */
    private Outcome held(VariableDeclarator local, Reach reach, int depth) {
        Node body = bodyOf(local);
        if (body == null) {
            return new Outcome(Fate.HANDED_ON, false);
        }
        Set<String> aliases = aliases(local.getNameAsString(), body, reach.unit());
        Outcome outcome = new Outcome(Fate.KEPT, false);
        for (NameExpr use : Trees.findAll(body, NameExpr.class)) {
            if (!aliases.contains(use.getNameAsString())) {
                continue;
            }
            Expression same = climb(use, reach.unit());
            Node parent = same.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == same) {
                if (deletes(call) || movesAway(call)) {
                    return new Outcome(Fate.DELETED, outcome.onExit());
                }
                outcome = new Outcome(outcome.fate(),
                        outcome.onExit() || call.getNameAsString().equals(DELETE_ON_EXIT));
            } else if (parent instanceof NodeWithArguments<?> call && call.getArguments().contains(same)) {
                Outcome handed = argument(parent, call.getArguments().indexOf(same), reach, depth);
                if (handed.fate() != Fate.KEPT) {
                    return new Outcome(handed.fate(), outcome.onExit() || handed.onExit());
                }
            } else if (parent instanceof ReturnStmt) {
                Outcome returned = callers(same, reach, depth);
                if (returned.fate() != Fate.KEPT) {
                    return returned;
                }
            } else if (parent instanceof AssignExpr assign && assign.getValue() == same
                    && !(model.calls().declarationOf(assign.getTarget(), reach.unit()).orElse(null)
                        instanceof VariableDeclarator target
                        && target.getParentNode().orElse(null) instanceof VariableDeclarationExpr)) {
                return new Outcome(Fate.HANDED_ON, outcome.onExit());
            }
            Statement statement = use.findAncestor(Statement.class).orElse(null);
            if (statement != null && Trees.findAll(statement, MethodReferenceExpr.class).stream()
                    .anyMatch(r -> catalog.deletes().contains(r.getIdentifier()))) {
                return new Outcome(Fate.DELETED, outcome.onExit()); // Files.walk(dir)...forEach(Files::delete)
            }
        }
        return outcome;
    }

    /** The file given as an argument: a delete, DELETE_ON_CLOSE, a collection, or a project method's parameter. */
    private Outcome argument(Node call, int index, Reach reach, int depth) {
        if (call instanceof MethodCallExpr method && (deletes(method) || index == 0 && movesAway(method))) {
            return new Outcome(Fate.DELETED, false);
        }
        NodeWithArguments<?> withArguments = (NodeWithArguments<?>) call;
        if (withArguments.getArguments().stream().anyMatch(a -> a instanceof FieldAccessExpr f
                && catalog.deleteOnClose().contains(f.getNameAsString())
                || a instanceof NameExpr n && catalog.deleteOnClose().contains(n.getNameAsString()))) {
            return new Outcome(Fate.DELETED, false);
        }
        if (call instanceof MethodCallExpr method && COLLECTING.contains(method.getNameAsString())) {
            return new Outcome(Fate.HANDED_ON, false);
        }
        List<CodeUnit> callees = model.calls().targets(call, reach.unit());
        Outcome outcome = null;
        for (CodeUnit callee : callees) {
            if (callee.declaration() instanceof CallableDeclaration<?> method && index < method.getParameters().size()
                    && depth < MAX_DEPTH) {
                Outcome one = parameter(method.getParameter(index), new Reach(reach.handler(), callee, reach.chain(),
                        reach.file()), depth + 1);
                outcome = outcome == null ? one : outcome.or(one);
            }
        }
        return outcome == null ? new Outcome(Fate.KEPT, false) : outcome;
    }

    /** A project method's parameter given the file: what the method does with it. */
    private Outcome parameter(Parameter parameter, Reach reach, int depth) {
        Node body = bodyOf(parameter);
        if (body == null) {
            return new Outcome(Fate.HANDED_ON, false);
        }
        Set<String> aliases = aliases(parameter.getNameAsString(), body, reach.unit());
        for (NameExpr use : Trees.findAll(body, NameExpr.class)) {
            if (!aliases.contains(use.getNameAsString())) {
                continue;
            }
            Expression same = climb(use, reach.unit());
            Node parent = same.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == same && deletes(call)
                    || parent instanceof MethodCallExpr argumentOf && argumentOf.getArguments().contains(same)
                        && deletes(argumentOf)) {
                return new Outcome(Fate.DELETED, false);
            }
            if (parent instanceof AssignExpr || parent instanceof ReturnStmt
                    || parent instanceof MethodCallExpr collect && COLLECTING.contains(collect.getNameAsString())) {
                return new Outcome(Fate.HANDED_ON, false);
            }
        }
        return new Outcome(Fate.KEPT, false);
    }

    /** A file returned by a helper: its fate at each per-invocation call site of the helper. */
    private Outcome callers(Expression returned, Reach reach, int depth) {
        CallableDeclaration<?> method = returned.findAncestor(CallableDeclaration.class).orElse(null);
        if (method == null || depth >= MAX_DEPTH || returned.findAncestor(LambdaExpr.class).isPresent()) {
            return new Outcome(Fate.HANDED_ON, false);
        }
        Outcome outcome = null;
        for (Reach caller : model.reachedBy(reach.handler())) {
            for (Node node : model.executedNodes(caller.unit())) {
                if (node instanceof MethodCallExpr call && call.getNameAsString().equals(method.getNameAsString())
                        && model.calls().targets(call, caller.unit()).stream()
                                .anyMatch(t -> t.declaration() == method)) {
                    Outcome one = of(call, caller, depth + 1);
                    outcome = outcome == null ? one : outcome.or(one);
                }
            }
        }
        return outcome == null ? new Outcome(Fate.HANDED_ON, false) : outcome;
    }

    /** The same path, written out the same way, deleted in the same code: Files.deleteIfExists(Path.of(..)). */
    private boolean written(Expression made) {
        Node body = bodyOf(made);
        String text = CodeText.of(made);
        return body != null && Trees.findAll(body, MethodCallExpr.class).stream().filter(this::deletes)
                .anyMatch(d -> d.getArguments().stream().anyMatch(a -> CodeText.of(a).equals(text))
                        || d.getScope().map(s -> CodeText.of(s).equals(text)).orElse(false));
    }

    private boolean deletes(MethodCallExpr call) {
        return catalog.deletes().contains(call.getNameAsString());
    }

    /** {@code Files.move(file, elsewhere)}, {@code file.renameTo(..)}: no longer where it was made. */
    private boolean movesAway(MethodCallExpr call) {
        return catalog.movesAway().contains(call.getNameAsString());
    }

    /**
     * The local and the other locals naming the same file, made from it or it made from them
     * ({@code File f = path.toFile()}, {@code Path p = Path.of(name)}), by name within the body.
     */
    private Set<String> aliases(String name, Node body, CodeUnit unit) {
        // each local made from another's file, found once: the closure below only follows these pairs
        List<Map.Entry<String, String>> madeFrom = new ArrayList<>();
        for (VariableDeclarator v : Trees.findAll(body, VariableDeclarator.class)) {
            v.getInitializer().flatMap(i -> root(i, unit))
                    .ifPresent(from -> madeFrom.add(Map.entry(v.getNameAsString(), from.getNameAsString())));
        }
        Set<String> aliases = new LinkedHashSet<>(List.of(name));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> pair : madeFrom) {
                if (aliases.contains(pair.getKey()) && aliases.add(pair.getValue())
                        || aliases.contains(pair.getValue()) && aliases.add(pair.getKey())) {
                    grew = true;
                }
            }
        }
        return aliases;
    }

    private static Node bodyOf(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration) {
                return n;
            }
        }
        return null;
    }
}
