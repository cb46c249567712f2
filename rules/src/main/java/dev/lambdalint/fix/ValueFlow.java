package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a value built per invocation goes, and who closes it. Once the value is a shared static field, every close
 * of it in the code that used it must go (a try-with-resources resource, a {@code close()} statement), and a close
 * anywhere else (in a lambda, inside an expression, through another variable, by a method it is passed to, by a
 * caller of the helper that returns it, by the object whose field holds it) means no automatic fix.
 */
final class ValueFlow {
    private final InvocationModel model;
    private final ClientConstructions constructions;
    private final CloseSites sites;
    private final Catches catches;
    private final HelperCallers callers;

    ValueFlow(InvocationModel model, Set<String> closes, ClientConstructions constructions) {
        this.model = model;
        this.constructions = constructions;
        this.sites = new CloseSites(closes);
        this.catches = new Catches(model);
        this.callers = new HelperCallers(model, sites);
    }

    /** A built value where it is used: {@code replacement} is the name of the field that takes its place. */
    record Context(FilePlan file, CodeUnit unit, String closedType, Expression built, String replacement) {
    }

    /** The changes that stop the built value from being closed where it is used; {@link NoFix} when it cannot be. */
    List<Op> closesOf(Context context) {
        Expression top = outermost(context.built());
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == top) {
            return variable(variable, context);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == top
                && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            Node target = model.calls().declarationOf(assign.getTarget(), context.unit())
                    .orElseThrow(() -> new NoFix("it is assigned to " + assign.getTarget()
                            + ", which the analysis cannot resolve"));
            if (!(target instanceof VariableDeclarator variable)) {
                throw new NoFix("it is assigned to the parameter " + assign.getTarget());
            }
            return variable(variable, context);
        }
        if (parent instanceof ReturnStmt) {
            callers.returned(top, 0);
            return List.of();
        }
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == top) {
            if (sites.isClose(call)) {
                throw new NoFix("it is closed in the same expression that builds it");
            }
            return List.of();
        }
        passedTo(top, context.unit());
        return List.of();
    }

    private List<Op> variable(VariableDeclarator variable, Context context) {
        if (variable.getParentNode().orElse(null) instanceof FieldDeclaration) {
            fieldClosed(variable);
            return List.of();
        }
        return local(variable, context);
    }

    private List<Op> local(VariableDeclarator variable, Context context) {
        String name = variable.getNameAsString();
        Node body = Planning.body(variable);
        if (feeding(variable, body, context.unit()) > 1) {
            throw new NoFix("more than one construction feeds " + name);
        }
        List<Op> ops = new ArrayList<>();
        if (variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof TryStmt tryStmt
                && tryStmt.getResources().stream().anyMatch(r -> r == declaration)) {
            if (declaration.getVariables().size() != 1) {
                throw new NoFix("its try-with-resources declares several variables in one resource");
            }
            laterResourcesUse(tryStmt, declaration, name);
            catches.stayLegal(declaration, context.closedType());
            SourceText text = context.file().text;
            String declared = text.slice(text.begin(declaration), text.begin(context.built()))
                    + context.replacement() + text.slice(text.end(context.built()), text.end(declaration)) + ";";
            ops.add(new Op.DropResource(tryStmt, declaration, declared));
        }
        for (NameExpr use : Trees.findAll(body, NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (model.calls().declarationOf(use, context.unit()).orElse(null) != variable) {
                continue;
            }
            ops.addAll(use(use, variable, context));
        }
        return ops;
    }

    private List<Op> use(NameExpr use, VariableDeclarator variable, Context context) {
        Node parent = use.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == use
                && sites.isClose(call)) {
            if (!(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
                throw new NoFix("it is closed inside an expression");
            }
            LambdaExpr lambda = Planning.lambdaAround(call);
            if (lambda != null && !Planning.within(variable, lambda)) {
                throw new NoFix("it is closed inside a lambda, which may run after the invocation");
            }
            droppable(statement, context.closedType());
            return List.of(new Op.DropStatement(statement));
        }
        if (parent instanceof TryStmt tryStmt && tryStmt.getResources().stream().anyMatch(r -> r == use)) {
            catches.stayLegal(use, context.closedType());
            return List.of(new Op.DropResource(tryStmt, use, null));
        }
        if (parent instanceof VariableDeclarator alias && alias.getInitializer().orElse(null) == use) {
            if (CloseSites.isResource(alias) || sites.closedLocal(alias)) {
                throw new NoFix("it is closed through " + alias.getNameAsString());
            }
            return List.of();
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == use) {
            Expression target = assign.getTarget();
            String stored = target instanceof NameExpr n ? n.getNameAsString()
                    : target instanceof FieldAccessExpr f ? f.getNameAsString() : null;
            Node scope = use.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(Planning.body(use));
            if (stored == null || sites.closedName(stored, scope)) {
                throw new NoFix("it is closed through " + target);
            }
            return List.of();
        }
        if (parent instanceof ReturnStmt) {
            callers.returned(use, 0);
            return List.of();
        }
        passedTo(use, context.unit());
        return List.of();
    }

    /** How many constructions the variable is set from: its initializer and its assignments. */
    private int feeding(VariableDeclarator variable, Node body, CodeUnit unit) {
        int count = variable.getInitializer().map(i -> builds(i, unit) ? 1 : 0).orElse(0);
        for (AssignExpr assign : Trees.findAll(body, AssignExpr.class)) {
            if (model.calls().declarationOf(assign.getTarget(), unit).orElse(null) == variable
                    && builds(assign.getValue(), unit)) {
                count++;
            }
        }
        return count;
    }

    private boolean builds(Expression value, CodeUnit unit) {
        return Trees.findAll(value, Node.class).stream().anyMatch(n -> constructions.at(n, unit).isPresent());
    }

    private static void laterResourcesUse(TryStmt tryStmt, VariableDeclarationExpr declaration, String name) {
        boolean after = false;
        for (Expression resource : tryStmt.getResources()) {
            if (after && Trees.findAll(resource, NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))) {
                throw new NoFix("a later resource of its try-with-resources uses " + name);
            }
            after |= resource == declaration;
        }
    }

    /** A close statement can go when the fix can take it out of what holds it and no catch depends on it. */
    void droppable(ExpressionStmt statement, String closedType) {
        Node parent = statement.getParentNode().orElse(null);
        if (parent instanceof IfStmt ifStmt && ifStmt.getThenStmt() == statement) {
            if (ifStmt.getElseStmt().isPresent() || !EditRenderer.sideEffectFree(ifStmt.getCondition())) {
                throw new NoFix("it is closed under a condition the fix cannot remove");
            }
        } else if (!(parent instanceof BlockStmt) && !(parent instanceof SwitchEntry)) {
            throw new NoFix("it is closed in a statement the fix cannot take apart");
        }
        catches.stayLegal(statement, closedType);
    }

    /** As {@link Catches#stayLegal}: a close may go only when no catch around it depends on it. */
    void catchesStayLegal(Node closing, String closedType) {
        catches.stayLegal(closing, closedType);
    }

    /** The object whose field holds the value closes it somewhere: then the value must stay its own. */
    private void fieldClosed(VariableDeclarator field) {
        TypeDeclaration<?> owner = (TypeDeclaration<?>) field.getParentNode().flatMap(Node::getParentNode)
                .orElseThrow();
        if (sites.closedName(field.getNameAsString(), owner)) {
            throw new NoFix("the object closes its field " + field.getNameAsString());
        }
    }

    /**
     * The value is passed to a call: a method whose name says it closes, or a project method that closes that
     * parameter, would close the shared value.
     */
    private void passedTo(Expression value, CodeUnit unit) {
        Node parent = value.getParentNode().orElse(null);
        if (!(parent instanceof NodeWithArguments<?> call) || call.getArguments().stream().noneMatch(a -> a == value)) {
            return;
        }
        int index = indexOf(call.getArguments(), value);
        String called = parent instanceof MethodCallExpr m ? m.getNameAsString() : "";
        if (called.toLowerCase(java.util.Locale.ROOT).contains("close")) {
            throw new NoFix("it is passed to " + called + "()");
        }
        for (CodeUnit target : model.calls().targets(parent, unit)) {
            if (target.declaration() instanceof CallableDeclaration<?> callable && !callable.getParameters().isEmpty()) {
                Parameter parameter = callable.getParameter(Math.min(index, callable.getParameters().size() - 1));
                if (sites.closedName(parameter.getNameAsString(), callable)) {
                    throw new NoFix("it is passed to " + callable.getNameAsString() + "(), which closes it");
                }
            }
        }
    }

    private static int indexOf(List<Expression> arguments, Expression value) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i) == value) {
                return i;
            }
        }
        return 0;
    }

    /** A value seen through parentheses, casts and the branches of a conditional. */
    static Expression outermost(Expression value) {
        Expression top = value;
        while (top.getParentNode().orElse(null) instanceof Expression parent
                && (parent instanceof EnclosedExpr || parent instanceof CastExpr
                    || parent instanceof ConditionalExpr c && c.getCondition() != top)) {
            top = parent;
        }
        return top;
    }
}
