package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A shared object must not carry one invocation's settings into the next. Once its construction is a static field,
 * the code that set up each fresh object sets up the one shared object on every call. That is harmless when the same
 * settings are applied unconditionally, before any other use: calls chained on the construction, or the statements
 * that directly follow it, with arguments that never change (each call then finds the object as the last one left
 * it). Anything else — a setting under a condition or after a use, from per-invocation data, through another
 * variable or a method it is passed to, by the callers of a helper that returns it, on a field — means no automatic
 * fix. Which methods change settings is data ({@code fixes.json}: {@code configures}); a method of that name on
 * any object counts, as any doubt does.
 */
final class Configuration {
    private static final int MAX_CALLER_DEPTH = 3;

    private final InvocationModel model;
    private final Constancy constancy;
    private final FixKnowledge knowledge = FixKnowledge.get();
    /** Whether the object {@link #check} looks at has met a setting call it accepts. */
    private boolean setUp;

    Configuration(InvocationModel model, Constancy constancy) {
        this.model = model;
        this.constancy = constancy;
    }

    /**
     * Throws {@link NoFix} when {@code built}, an object of one of {@code types}, is set up in a way that may vary;
     * else whether it is set up at all (with settings that never change), as two such objects then differ.
     */
    boolean check(Expression built, Collection<String> types, CodeUnit unit) {
        setUp = false;
        if (!knowledge.configurable(types)) {
            return false;
        }
        Set<String> kinds = Set.copyOf(types.stream().filter(t -> t != null).toList());
        Expression top = chained(ValueFlow.outermost(built), kinds, unit);
        if (top == null) {
            return setUp;
        }
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == top) {
            stored(variable, statementOf(top), kinds, unit);
        } else if (parent instanceof AssignExpr assign && assign.getValue() == top
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            Node target = model.calls().declarationOf(assign.getTarget(), unit).orElse(null);
            if (target instanceof VariableDeclarator variable) {
                stored(variable, statementOf(top), kinds, unit);
            } else {
                throw new NoFix("it is assigned to " + assign.getTarget() + ", where the fix cannot follow how it is "
                        + "configured");
            }
        } else {
            escapes(top, kinds, unit, 0);
        }
        return setUp;
    }

    /**
     * Calls chained on the fresh object that configure it run each time it is used: their arguments must not vary.
     * The chain's top, or null when a call that is no configuration consumes the object there.
     */
    private Expression chained(Expression value, Set<String> kinds, CodeUnit unit) {
        Expression top = value;
        while (top.getParentNode().orElse(null) instanceof MethodCallExpr call && call.getScope().orElse(null) == top) {
            if (!knowledge.configures(kinds, call.getNameAsString())) {
                return null;
            }
            constantArguments(call, kinds, unit);
            top = call;
        }
        return top;
    }

    private void stored(VariableDeclarator variable, Statement building, Set<String> kinds, CodeUnit unit) {
        if (variable.getParentNode().orElse(null) instanceof FieldDeclaration field) {
            TypeDeclaration<?> owner = (TypeDeclaration<?>) field.getParentNode().orElseThrow();
            configuredAnywhere(variable.getNameAsString(), owner, kinds).ifPresent(call -> {
                throw new NoFix("its field " + variable.getNameAsString() + " is configured (" + call + "), and a "
                        + "shared one would keep those settings into later invocations");
            });
            return;
        }
        local(variable, building, kinds, unit, 0);
    }

    /**
     * A local: its configuring calls must be the statements right after the one that builds it, each with arguments
     * that never change ({@code building} null: it may not be configured at all).
     */
    private void local(VariableDeclarator variable, Statement building, Set<String> kinds, CodeUnit unit, int depth) {
        String name = variable.getNameAsString();
        List<Statement> setup = setupAfter(building, name, kinds);
        Node body = Planning.body(variable);
        for (NameExpr use : Trees.findAll(body, NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (model.calls().declarationOf(use, unit).orElse(null) != variable) {
                continue;
            }
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use) {
                if (knowledge.configures(kinds, call.getNameAsString())) {
                    if (setup.stream().noneMatch(s -> Planning.within(call, s))) {
                        throw varying(call);
                    }
                    chainedSetup(call, kinds, unit);
                }
            } else if (parent instanceof VariableDeclarator alias && alias.getInitializer().orElse(null) == use) {
                local(alias, null, kinds, unit, depth);
            } else if (parent instanceof AssignExpr assign && assign.getValue() == use) {
                Node target = model.calls().declarationOf(assign.getTarget(), unit).orElse(null);
                if (!(target instanceof VariableDeclarator stored)) {
                    throw new NoFix("it is assigned to " + assign.getTarget() + ", where the fix cannot follow how "
                            + "it is configured");
                }
                if (stored.getParentNode().orElse(null) instanceof FieldDeclaration) {
                    stored(stored, null, kinds, unit);
                } else {
                    local(stored, null, kinds, unit, depth);
                }
            } else {
                escapes(use, kinds, unit, depth);
            }
        }
    }

    /** The statements that directly follow {@code building} in its block and only configure {@code name}. */
    private List<Statement> setupAfter(Statement building, String name, Set<String> kinds) {
        if (building == null || !(building.getParentNode().orElse(null) instanceof BlockStmt block)) {
            return List.of();
        }
        List<Statement> statements = block.getStatements();
        int at = statements.indexOf(building);
        int end = at + 1;
        while (end < statements.size() && configures(statements.get(end), name, kinds)) {
            end++;
        }
        return statements.subList(at + 1, end);
    }

    /** {@code name.configure(...)} or a chain of such calls, as a statement of its own. */
    private boolean configures(Statement statement, String name, Set<String> kinds) {
        if (!(statement instanceof ExpressionStmt e) || !(e.getExpression() instanceof MethodCallExpr call)) {
            return false;
        }
        Expression scope = call;
        while (scope instanceof MethodCallExpr c) {
            if (!knowledge.configures(kinds, c.getNameAsString())) {
                return false;
            }
            scope = c.getScope().orElse(null);
        }
        return scope instanceof NameExpr n && n.getNameAsString().equals(name);
    }

    /** A configuring statement's calls, each with arguments that never change. */
    private void chainedSetup(MethodCallExpr first, Set<String> kinds, CodeUnit unit) {
        for (Node n = first; n instanceof MethodCallExpr call && knowledge.configures(kinds, call.getNameAsString());
             n = n.getParentNode().orElse(null)) {
            constantArguments(call, kinds, unit);
        }
    }

    private void constantArguments(MethodCallExpr call, Set<String> kinds, CodeUnit unit) {
        setUp = true;
        knowledge.loses(kinds, call.getNameAsString()).ifPresent(lost -> {
            throw new NoFix("it is set up after it is built (" + shortText(call) + "), and on a shared one that call, "
                    + "made again on every invocation, throws away " + lost + "; move the construction and its "
                    + "set-up into the field by hand");
        });
        for (Expression argument : call.getArguments()) {
            try {
                constancy.check(argument, unit);
            } catch (NoFix e) {
                throw new NoFix("it is configured after it is built (" + shortText(call) + ") from values that may "
                        + "differ between calls (" + e.getMessage() + "), and a shared one would keep them into the "
                        + "next invocation");
            }
        }
    }

    /** Where the value leaves the variable: returned from a helper, passed to a method of the project. */
    private void escapes(Expression value, Set<String> kinds, CodeUnit unit, int depth) {
        Expression top = ValueFlow.outermost(value);
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof ReturnStmt) {
            returned(top, kinds, depth);
        } else if (parent instanceof NodeWithArguments<?> call && call.getArguments().stream().anyMatch(a -> a == top)) {
            passed(parent, call.getArguments().indexOf(top), kinds, unit);
        }
    }

    /** A method of the project it is passed to must not configure that parameter. */
    private void passed(Node call, int index, Set<String> kinds, CodeUnit unit) {
        for (CodeUnit target : model.calls().targets(call, unit)) {
            if (target.declaration() instanceof CallableDeclaration<?> callable && !callable.getParameters().isEmpty()) {
                Parameter parameter = callable.getParameter(Math.min(index, callable.getParameters().size() - 1));
                configuredAnywhere(parameter.getNameAsString(), callable, kinds).ifPresent(c -> {
                    throw new NoFix("it is passed to " + callable.getNameAsString() + "(), which configures it ("
                            + shortText(c) + "), and a shared one would keep those settings into later invocations");
                });
            }
        }
    }

    /**
     * A helper returns it: different callers could each set it up their own way, so no caller may configure what
     * the helper returns.
     */
    private void returned(Node returning, Set<String> kinds, int depth) {
        MethodDeclaration method = returning.findAncestor(MethodDeclaration.class).orElse(null);
        if (method == null || depth >= MAX_CALLER_DEPTH) {
            throw new NoFix("it is returned where the fix cannot follow how its callers configure it");
        }
        String name = method.getNameAsString();
        for (MethodCallExpr call : model.index().syntax().callsNamed(name)) {
            if (Planning.within(call, method) || call.getArguments().size() != method.getParameters().size()) {
                continue;
            }
            Expression top = ValueFlow.outermost(call);
            Node parent = top.getParentNode().orElse(null);
            if (parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == top
                    && knowledge.configures(kinds, outer.getNameAsString())) {
                throw callerConfigures(name, outer);
            }
            if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == top) {
                Node scope = variable.getParentNode().orElse(null) instanceof FieldDeclaration field
                        ? field.getParentNode().orElseThrow() : Planning.body(variable);
                configuredAnywhere(variable.getNameAsString(), scope, kinds).ifPresent(c -> {
                    throw callerConfigures(name, c);
                });
            }
            if (parent instanceof ReturnStmt) {
                returned(top, kinds, depth + 1);
            }
        }
    }

    private static NoFix callerConfigures(String helper, MethodCallExpr call) {
        return new NoFix("a caller configures what " + helper + "() returns (" + shortText(call) + "), and callers "
                + "that share one object would see each other's settings");
    }

    private static NoFix varying(MethodCallExpr call) {
        return new NoFix("it is configured after it is built (" + shortText(call) + ") other than right after its "
                + "construction, and a shared one would keep that setting into later invocations");
    }

    /** The first configuring call on {@code name} (or {@code this.name}) in {@code scope}, if any. */
    private java.util.Optional<MethodCallExpr> configuredAnywhere(String name, Node scope, Set<String> kinds) {
        return Trees.findAll(scope, MethodCallExpr.class).stream()
                .filter(c -> knowledge.configures(kinds, c.getNameAsString()))
                .filter(c -> c.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)
                        || s instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                                && f.getNameAsString().equals(name)).isPresent())
                .findFirst();
    }

    private static Statement statementOf(Node node) {
        return node.findAncestor(Statement.class).orElse(null);
    }

    /** A call as the reason shows it: its scope and name, its arguments elided. */
    private static String shortText(MethodCallExpr call) {
        String scope = call.getScope().map(s -> s instanceof MethodCallExpr m ? shortText(m) : s.toString()).orElse("");
        return (scope.isEmpty() ? "" : scope + ".") + call.getNameAsString() + "(…)";
    }
}
