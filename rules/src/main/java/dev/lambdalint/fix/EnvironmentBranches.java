package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.Optional;

/**
 * Constructions that run only in some environments, which a move into a static field would build wherever the class
 * loads. One under a branch ({@code if}/{@code else}, {@code ?:}, a {@code switch} case, the right side of
 * {@code &&} or {@code ||}) whose condition reads the environment (a variable or a system property: directly, through
 * a local or a field set from one, or through a method of the project that reads one), as a local endpoint's client
 * is; and one under any branch or in a {@code catch} that reads a variable the Lambda runtime does not set itself:
 * built when the class loads, where that variable is missing, it fails the class's initialisation, and with it every
 * invocation. Which calls read the environment, and which variables the runtime sets, is data ({@code fixes.json}).
 */
final class EnvironmentBranches {
    private static final int MAX_DEPTH = 2;

    private final InvocationModel model;
    private final CallPatterns patterns;
    private final FixKnowledge knowledge = FixKnowledge.get();

    EnvironmentBranches(InvocationModel model, CallPatterns patterns) {
        this.model = model;
        this.patterns = patterns;
    }

    /** Throws {@link NoFix} when {@code built} runs only in some environments, saying which branch keeps it there. */
    void check(Expression built, CodeUnit unit) {
        Optional<String> read = Optional.empty();
        for (Node node : Trees.findAll(built, Node.class)) {
            Optional<Read> variable = environmentRead(node, unit).filter(r -> !knowledge.setByRuntime(r.name()));
            if (variable.isPresent()) {
                read = variable.map(Read::text);
                break;
            }
        }
        Node child = built;
        for (Node parent = built.getParentNode().orElse(null); parent != null && !boundary(parent);
                child = parent, parent = parent.getParentNode().orElse(null)) {
            Expression condition = condition(parent, child);
            if (condition != null) {
                Optional<String> environment = reads(condition, unit, 0);
                if (environment.isPresent()) {
                    throw new NoFix("it is built only when the condition on line " + line(condition) + " holds, "
                            + "which reads " + environment.get() + ": in a static field it would be built wherever "
                            + "the class loads, also where that condition keeps it out");
                }
            }
            if (read.isPresent() && (condition != null || parent instanceof CatchClause)) {
                throw new NoFix("it reads " + read.get() + " and is built only " + (condition != null
                        ? "when the condition on line " + line(condition) + " holds" : "when an exception is caught")
                        + ": in a static field it would read it wherever the class loads, and fail the class's "
                        + "initialisation where it is not set");
            }
        }
    }

    /** What a branch of {@code parent} runs under, when {@code child} is such a branch; else null. */
    private static Expression condition(Node parent, Node child) {
        if (parent instanceof IfStmt ifStmt && (ifStmt.getThenStmt() == child
                || ifStmt.getElseStmt().orElse(null) == child)) {
            return ifStmt.getCondition();
        }
        if (parent instanceof ConditionalExpr c && (c.getThenExpr() == child || c.getElseExpr() == child)) {
            return c.getCondition();
        }
        if (parent instanceof BinaryExpr b && b.getRight() == child
                && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            return b.getLeft();
        }
        if (parent instanceof SwitchEntry entry) {
            Node owner = entry.getParentNode().orElse(null);
            return owner instanceof SwitchStmt s ? s.getSelector() : owner instanceof SwitchExpr s ? s.getSelector()
                    : null;
        }
        return null;
    }

    private static boolean boundary(Node node) {
        return Planning.declaration(node) || node instanceof LambdaExpr;
    }

    /** What in {@code expression} reads the environment, directly or through a local, field or project method. */
    private Optional<String> reads(Node expression, CodeUnit unit, int depth) {
        for (Node node : Trees.findAll(expression, Node.class)) {
            Optional<Read> direct = environmentRead(node, unit);
            if (direct.isPresent()) {
                return direct.map(Read::text);
            }
            if (depth >= MAX_DEPTH) {
                continue;
            }
            Optional<String> through = node instanceof NameExpr name ? throughVariable(name, unit, depth)
                    : node instanceof MethodCallExpr call ? throughMethod(call, unit, depth) : Optional.empty();
            if (through.isPresent()) {
                return through;
            }
        }
        return Optional.empty();
    }

    /** A local set from the environment (where it is declared or assigned), or a field initialised from it. */
    private Optional<String> throughVariable(NameExpr name, CodeUnit unit, int depth) {
        if (!(model.calls().declarationOf(name, unit).orElse(null) instanceof VariableDeclarator variable)) {
            return Optional.empty();
        }
        Optional<String> initial = variable.getInitializer().flatMap(i -> reads(i, unit, depth + 1));
        if (initial.isPresent() || variable.getParentNode().orElse(null) instanceof FieldDeclaration) {
            return initial.map(what -> what + " (through " + name.getNameAsString() + ")");
        }
        for (AssignExpr assign : Trees.findAll(Planning.body(variable), AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name.getNameAsString())
                    && model.calls().declarationOf(target, unit).orElse(null) == variable) {
                Optional<String> assigned = reads(assign.getValue(), unit, depth + 1);
                if (assigned.isPresent()) {
                    return assigned.map(what -> what + " (through " + name.getNameAsString() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** A method of the project the condition calls ({@code isLocal()}) that reads the environment itself. */
    private Optional<String> throughMethod(MethodCallExpr call, CodeUnit unit, int depth) {
        for (CodeUnit target : model.calls().targets(call, unit)) {
            if (target.declaration() instanceof MethodDeclaration method && method.getBody().isPresent()) {
                Optional<String> inside = reads(method.getBody().get(), target, depth + 1);
                if (inside.isPresent()) {
                    return inside.map(what -> what + " (in " + method.getNameAsString() + "())");
                }
            }
        }
        return Optional.empty();
    }

    /** A read of the environment: what it reads ("an environment variable") and its name, "" when not a literal. */
    private record Read(String what, String name) {
        String text() {
            return name.isEmpty() ? what : "the " + what.substring(what.indexOf(' ') + 1) + " " + name;
        }
    }

    /**
     * What a node reads of the environment ({@code System.getenv("X")}, {@code System.getenv().get("X")},
     * {@code System.getProperty("x")}); empty when it reads none.
     */
    private Optional<Read> environmentRead(Node node, CodeUnit unit) {
        for (CallPattern pattern : knowledge.environmentReads()) {
            if (patterns.matches(node, unit, pattern)) {
                MethodCallExpr call = (MethodCallExpr) node;
                Node named = call.getArguments().isEmpty()
                        && call.getParentNode().orElse(null) instanceof MethodCallExpr get ? get : call;
                return Optional.of(new Read(pattern.what(), named instanceof MethodCallExpr c
                        && !c.getArguments().isEmpty() && c.getArgument(0) instanceof StringLiteralExpr literal
                        ? literal.getValue() : ""));
            }
        }
        return Optional.empty();
    }

    private static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }
}
