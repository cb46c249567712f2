package dev.lambdalint.fix;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
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
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ReferenceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a value built per invocation goes, and who closes it. Once the value is a shared static field, every close
 * of it in the code that used it must go (a try-with-resources resource, a {@code close()} statement), and a close
 * anywhere else (in a lambda, inside an expression, through another variable, by a method it is passed to, by a
 * caller of the helper that returns it, by the object whose field holds it) means no automatic fix.
 */
final class ValueFlow {
    private static final int MAX_CALLER_DEPTH = 3;

    private final InvocationModel model;
    private final Set<String> closes;
    private final ClientConstructions constructions;
    private final FixKnowledge knowledge = FixKnowledge.get();

    ValueFlow(InvocationModel model, Set<String> closes, ClientConstructions constructions) {
        this.model = model;
        this.closes = closes;
        this.constructions = constructions;
    }

    /** What a built value flows into. {@code declaration} is the declaration statement a removed resource leaves. */
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
            returned(top, 0);
            return List.of();
        }
        if (parent instanceof MethodCallExpr call && call.getScope().orElse(null) == top) {
            if (closes.contains(call.getNameAsString())) {
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
            catchesStayLegal(declaration, context.closedType());
            SourceText text = context.file().text;
            String declared = text.slice(text.begin(declaration), text.begin(context.built()))
                    + context.replacement() + text.slice(text.end(context.built()), text.end(declaration)) + ";";
            ops.add(new Op.DropResource(tryStmt, declaration, declared));
        }
        for (NameExpr use : body.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
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
                && closes.contains(call.getNameAsString())) {
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
            catchesStayLegal(use, context.closedType());
            return List.of(new Op.DropResource(tryStmt, use, null));
        }
        if (parent instanceof VariableDeclarator alias && alias.getInitializer().orElse(null) == use) {
            if (isResource(alias) || closedLocal(alias)) {
                throw new NoFix("it is closed through " + alias.getNameAsString());
            }
            return List.of();
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == use) {
            Expression target = assign.getTarget();
            String stored = target instanceof NameExpr n ? n.getNameAsString()
                    : target instanceof FieldAccessExpr f ? f.getNameAsString() : null;
            Node scope = use.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(Planning.body(use));
            if (stored == null || closedName(stored, scope)) {
                throw new NoFix("it is closed through " + target);
            }
            return List.of();
        }
        if (parent instanceof ReturnStmt) {
            returned(use, 0);
            return List.of();
        }
        passedTo(use, context.unit());
        return List.of();
    }

    /** How many constructions the variable is set from: its initializer and its assignments. */
    private int feeding(VariableDeclarator variable, Node body, CodeUnit unit) {
        int count = variable.getInitializer().map(i -> builds(i, unit) ? 1 : 0).orElse(0);
        for (AssignExpr assign : body.findAll(AssignExpr.class)) {
            if (model.calls().declarationOf(assign.getTarget(), unit).orElse(null) == variable
                    && builds(assign.getValue(), unit)) {
                count++;
            }
        }
        return count;
    }

    private boolean builds(Expression value, CodeUnit unit) {
        return value.findAll(Node.class).stream().anyMatch(n -> constructions.at(n, unit).isPresent());
    }

    private static void laterResourcesUse(TryStmt tryStmt, VariableDeclarationExpr declaration, String name) {
        boolean after = false;
        for (Expression resource : tryStmt.getResources()) {
            if (after && resource.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))) {
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
        catchesStayLegal(statement, closedType);
    }

    /**
     * A close that declares a checked exception may be the only thing a surrounding catch catches: without it the
     * catch would not compile. Unless the closed type's close is quiet or every such catch is of an unchecked type,
     * the fix stops.
     */
    void catchesStayLegal(Node closing, String closedType) {
        if (knowledge.quietClose(closedType)) {
            return;
        }
        Node previous = closing;
        for (Node n = closing.getParentNode().orElse(null); n != null && !(n instanceof CallableDeclaration<?>)
                && !(n instanceof LambdaExpr); previous = n, n = n.getParentNode().orElse(null)) {
            if (!(n instanceof TryStmt tryStmt)) {
                continue;
            }
            boolean inBody = previous == tryStmt.getTryBlock()
                    || tryStmt.getResources().stream().anyMatch(r -> Planning.within(closing, r));
            if (!inBody) {
                continue;
            }
            for (CatchClause clause : tryStmt.getCatchClauses()) {
                for (Type type : caught(clause.getParameter().getType())) {
                    if (!unchecked(type)) {
                        throw new NoFix("the catch of " + type + " around it may be left with nothing to catch "
                                + "once the close goes");
                    }
                }
            }
        }
    }

    private static List<Type> caught(Type type) {
        if (type instanceof UnionType union) {
            return new ArrayList<>(union.getElements());
        }
        return List.of(type);
    }

    private boolean unchecked(Type type) {
        String written = type instanceof ReferenceType r ? r.asString() : type.asString();
        var resolver = model.index().resolver(type);
        String fqn = resolver.resolve(written, type).orElse(written.contains(".") ? written : "java.lang." + written);
        if (knowledge.unchecked(fqn)) {
            return true;
        }
        for (String owner : model.index().ancestry(fqn)) {
            for (String parent : model.index().supertypes(owner)) {
                if (!parent.equals("java.lang.Exception") && !parent.equals("java.lang.Throwable")
                        && knowledge.unchecked(parent)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The object whose field holds the value closes it somewhere: then the value must stay its own. */
    private void fieldClosed(VariableDeclarator field) {
        TypeDeclaration<?> owner = (TypeDeclaration<?>) field.getParentNode().flatMap(Node::getParentNode)
                .orElseThrow();
        if (closedName(field.getNameAsString(), owner)) {
            throw new NoFix("the object closes its field " + field.getNameAsString());
        }
    }

    /** Whether code in {@code scope} closes something by this name: a close call, a resource, a resource's value. */
    private boolean closedName(String name, Node scope) {
        for (Node node : scope.findAll(Node.class)) {
            if (node instanceof MethodCallExpr call && closes.contains(call.getNameAsString())
                    && call.getScope().filter(s -> names(s, name)).isPresent()) {
                return true;
            }
            if (node instanceof TryStmt tryStmt && tryStmt.getResources().stream().anyMatch(r -> names(r, name)
                    || r instanceof VariableDeclarationExpr d && d.getVariables().stream()
                            .anyMatch(v -> v.getInitializer().filter(i -> names(i, name)).isPresent()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(Expression expression, String name) {
        return expression instanceof NameExpr n && n.getNameAsString().equals(name)
                || expression instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr
                        && f.getNameAsString().equals(name);
    }

    private boolean closedLocal(VariableDeclarator local) {
        return closedName(local.getNameAsString(), Planning.body(local));
    }

    private static boolean isResource(VariableDeclarator variable) {
        return variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr declaration
                && declaration.getParentNode().orElse(null) instanceof TryStmt tryStmt
                && tryStmt.getResources().stream().anyMatch(r -> r == declaration);
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
                if (closedName(parameter.getNameAsString(), callable)) {
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

    /** A helper returns the value: every caller of it in the project must leave what it gets open. */
    private void returned(Node returning, int depth) {
        MethodDeclaration method = returning.findAncestor(MethodDeclaration.class)
                .orElseThrow(() -> new NoFix("it is returned from code the fix cannot follow"));
        if (Planning.lambdaAround(returning) != null) {
            throw new NoFix("it is returned from a lambda");
        }
        String name = method.getNameAsString();
        for (CompilationUnit unit : Planning.units(model)) {
            for (MethodReferenceExpr reference : unit.findAll(MethodReferenceExpr.class)) {
                if (reference.getIdentifier().equals(name)) {
                    throw new NoFix(reference + " passes " + name + "() on, so what its callers do with the value is "
                            + "not known");
                }
            }
            for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
                if (call.getNameAsString().equals(name) && arityFits(method, call) && !Planning.within(call, method)
                        && closedByCaller(call, depth)) {
                    throw new NoFix("a caller closes what " + name + "() returns (" + where(call) + ")");
                }
            }
        }
    }

    private String where(MethodCallExpr call) {
        String file = model.index().enclosingTypeName(call).flatMap(model.index()::type)
                .map(t -> model.index().fileOf(t).relativePath()).orElse("?");
        return file + ":" + call.getBegin().map(p -> p.line).orElse(0);
    }

    private static boolean arityFits(MethodDeclaration method, MethodCallExpr call) {
        int parameters = method.getParameters().size();
        boolean varArgs = parameters > 0 && method.getParameter(parameters - 1).isVarArgs();
        return varArgs ? call.getArguments().size() >= parameters - 1 : call.getArguments().size() == parameters;
    }

    /** Whether what this call returns is closed where it is used (by name: any doubt counts as closed). */
    private boolean closedByCaller(Expression call, int depth) {
        Expression top = outermost(call);
        Node parent = top.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr outer && outer.getScope().orElse(null) == top) {
            return closes.contains(outer.getNameAsString());
        }
        if (parent instanceof VariableDeclarator variable && variable.getInitializer().orElse(null) == top) {
            if (isResource(variable)) {
                return true;
            }
            Node scope = variable.getParentNode().orElse(null) instanceof FieldDeclaration
                    ? variable.getParentNode().flatMap(Node::getParentNode).orElseThrow() : Planning.body(variable);
            return closedName(variable.getNameAsString(), scope);
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == top) {
            Optional<String> target = assign.getTarget() instanceof NameExpr n ? Optional.of(n.getNameAsString())
                    : assign.getTarget() instanceof FieldAccessExpr f ? Optional.of(f.getNameAsString())
                    : Optional.empty();
            Node scope = top.findAncestor(TypeDeclaration.class).map(Node.class::cast).orElse(Planning.body(top));
            return target.isEmpty() || closedName(target.get(), scope);
        }
        if (parent instanceof ReturnStmt) {
            if (depth >= MAX_CALLER_DEPTH) {
                return true;
            }
            try {
                returned(top, depth + 1);
                return false;
            } catch (NoFix e) {
                return true;
            }
        }
        if (parent instanceof NodeWithArguments<?> && parent instanceof MethodCallExpr m) {
            return m.getNameAsString().toLowerCase(java.util.Locale.ROOT).contains("close");
        }
        return false;
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
