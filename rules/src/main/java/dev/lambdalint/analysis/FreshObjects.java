package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Objects that per-invocation code makes and nobody keeps: an instance field of such an object lives no longer than
 * the invocation, whatever other objects of its class live on (a class with a static default instance, a prototype
 * the handler holds and copies per call). Yes only when the code shows it, at every per-invocation place that runs
 * the code in question: the object it runs on comes, through parameters, calls on {@code this} and locals, only from
 * a {@code new} there or from a project method that surely returns a fresh one (every return a {@code new} or such
 * a call, in every override the call may run), and from there only travels down the call chain
 * ({@link DownwardFlow}). An object reached any other way (a field, a collection, a library's result, a factory
 * that may hand out a kept one), or one that may be kept, counts as long-lived.
 */
public final class FreshObjects {
    private static final int BUDGET = 20_000;
    private static final int MAX_FACTORY_DEPTH = 6;

    /** A place the object comes from: the {@code this} of a unit, or a parameter; nodes compare by identity. */
    private record Up(Object ref) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Up up && (ref instanceof Node ? up.ref == ref : up.ref.equals(ref));
        }

        @Override
        public int hashCode() {
            return ref instanceof Node ? System.identityHashCode(ref) : ref.hashCode();
        }
    }

    private final InvocationModel model;
    private final DownwardFlow flow;
    private final CallTargets calls;
    private final OverloadFit overloads;
    private final Map<Up, Boolean> fresh = new HashMap<>();
    /** Whether code lets a field's collection go, by field and owner: every growing call of the field asks. */
    private final Map<VariableDeclarator, Map<String, Boolean>> handedOut = new IdentityHashMap<>();

    private FreshObjects(InvocationModel model, CollectionCatalog catalog) {
        this.model = model;
        this.flow = DownwardFlow.of(model, catalog);
        this.calls = CallTargets.of(model, catalog);
        this.overloads = new OverloadFit(model);
    }

    /** The model's answers, worked out once for all the rules that ask. */
    public static FreshObjects of(InvocationModel model, CollectionCatalog catalog) {
        return model.shared(FreshObjects.class, () -> new FreshObjects(model, catalog));
    }

    /**
     * Whether the instance field {@code field}, named at {@code named} in {@code unit}'s code, belongs to an object
     * made per invocation that nobody keeps, and holds a collection made for that object alone: a field whose
     * values ({@code builtFrom}: its initializer and every value assigned to it) are all a {@code new}, and on
     * which the code that may name it only ever calls methods.
     */
    public boolean ownerMadePerInvocation(Expression named, FieldRef field, CodeUnit unit, List<Expression> builtFrom) {
        if (field.isStatic() || builtFrom.isEmpty() || !builtFrom.stream().allMatch(this::madeForIt)
                || inNestedClass(named, unit) || collectionHandedOut(field)) {
            return false;
        }
        Expression e = Unwrapped.of(named);
        List<Up> starts = new ArrayList<>();
        if (e instanceof NameExpr) {
            if (!model.index().ancestry(unit.thisType()).contains(field.ownerType())) {
                return false;
            }
            starts.add(new Up(unit));
        } else if (e instanceof FieldAccessExpr access) {
            Expression scope = Unwrapped.of(access.getScope());
            if (scope instanceof ThisExpr self) {
                if (self.getTypeName().isPresent()) {
                    return false;
                }
                starts.add(new Up(unit));
            } else if (!value(scope, unit, starts)) {
                return false;
            }
        } else {
            return false;
        }
        return search(starts);
    }

    /** Every place the starts' objects come from is a fresh object that only travels down; proofs are kept. */
    private boolean search(List<Up> starts) {
        return ProofSearch.everywhere(starts, fresh, BUDGET, (up, next) -> up.ref() instanceof CodeUnit unit
                ? runsOn(unit, next) : up.ref() instanceof Parameter parameter ? passed(parameter, next)
                : assigned((VariableDeclarator) up.ref(), next));
    }

    /** The objects the unit's code runs on: those of every per-invocation call, creation or this()/super() of it. */
    private boolean runsOn(CodeUnit unit, List<Up> next) {
        Node declaration = unit.declaration();
        if (!(declaration instanceof ConstructorDeclaration || declaration instanceof MethodDeclaration m
                && !m.isStatic())) {
            return false;
        }
        List<InvocationModel.CallSite> sites = model.callSitesOf(declaration).stream()
                .filter(site -> !(site.node() instanceof NodeWithArguments<?> call)
                        || overloads.mayCall(call, site.caller(), (CallableDeclaration<?>) declaration))
                .toList();
        return !sites.isEmpty() && sites.stream().allMatch(site -> freshAt(site, unit, next));
    }

    private boolean freshAt(InvocationModel.CallSite site, CodeUnit callee, List<Up> next) {
        Node node = site.node();
        CodeUnit caller = site.caller();
        if (inNestedClass(node, caller)) {
            return false;
        }
        boolean sameObject = model.index().ancestry(caller.thisType()).contains(callee.ownerType());
        if (node instanceof MethodCallExpr call) {
            Optional<Expression> scope = call.getScope().map(Unwrapped::of);
            if (scope.isEmpty() || scope.get() instanceof SuperExpr
                    || scope.get() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
                return sameObject && next.add(new Up(caller));
            }
            return value(scope.get(), caller, next);
        }
        if (node instanceof ExplicitConstructorInvocationStmt) {
            return sameObject && next.add(new Up(caller));
        }
        return node instanceof ObjectCreationExpr creation && made(creation, caller);
    }

    /** The values every per-invocation call of the parameter's method or constructor gives it. */
    private boolean passed(Parameter parameter, List<Up> next) {
        if (!(parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?> callable)
                || parameter.isVarArgs()) {
            return false;
        }
        int position = callable.getParameters().indexOf(parameter);
        List<InvocationModel.CallSite> sites = model.callSitesOf(callable);
        if (position < 0 || sites.isEmpty()) {
            return false;
        }
        for (InvocationModel.CallSite site : sites) {
            if (site.node() instanceof NodeWithArguments<?> other
                    && !overloads.mayCall(other, site.caller(), callable)) {
                continue; // a call of an overload of the same arity, linked to this one too
            }
            if (!(site.node() instanceof NodeWithArguments<?> call) || call.getArguments().size() <= position
                    || inNestedClass(site.node(), site.caller())
                    || !value(call.getArguments().get(position), site.caller(), next)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The values an instance field of objects nothing long-lived holds is given: its initializer and every value
     * assigned to it where code may name it. Such an object, and what it holds, lives no longer than the invocation
     * that set it.
     */
    private boolean assigned(VariableDeclarator field, List<Up> next) {
        if (field.getInitializer().isPresent()) {
            return false;
        }
        String owner = model.index().enclosingTypeName(field).orElse(null);
        if (owner == null) {
            return false;
        }
        String name = field.getNameAsString();
        for (TypeDeclaration<?> type : flow.mayName(owner, field)) {
            for (AssignExpr assign : Trees.findAll(type, AssignExpr.class)) {
                Expression target = assign.getTarget();
                boolean named = target instanceof NameExpr n && n.getNameAsString().equals(name)
                        || target instanceof FieldAccessExpr a && a.getNameAsString().equals(name);
                if (!named) {
                    continue;
                }
                Optional<CodeUnit> unit = assign.findAncestor(CallableDeclaration.class)
                        .flatMap(model.calls()::unitOf);
                if (unit.isEmpty() || assign.getOperator() != AssignExpr.Operator.ASSIGN
                        || !value(assign.getValue(), unit.get(), next)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the value of the expression, in the unit's code, comes from: fresh here, or the places added. */
    private boolean value(Expression value, CodeUnit unit, List<Up> next) {
        Expression e = Unwrapped.of(value);
        if (e instanceof ThisExpr self) {
            return self.getTypeName().isEmpty() && next.add(new Up(unit));
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            Node declaration = model.calls().declarationOf(e, unit).orElse(null);
            if (declaration instanceof Parameter parameter) {
                return next.add(new Up(parameter));
            }
            if (declaration instanceof VariableDeclarator field && flow.fieldOfShortLivedObjects(field)) {
                return next.add(new Up(field));
            }
            return declaration instanceof VariableDeclarator local
                    && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                    && local.getInitializer().isPresent() && !Locals.reassigned(local)
                    && !local.findAncestor(LambdaExpr.class).isPresent()
                    && made(Unwrapped.of(local.getInitializer().get()), unit);
        }
        return made(e, unit);
    }

    /** A {@code new}, or a call that surely returns a fresh object, whose object only travels down from there. */
    private boolean made(Expression expression, CodeUnit unit) {
        Set<String> classes = new HashSet<>();
        if (expression instanceof ObjectCreationExpr creation) {
            if (!creationMakes(creation, classes)) {
                return false;
            }
        } else if (!(expression instanceof MethodCallExpr call) || !returnsFresh(call, 0, classes)) {
            return false;
        }
        return classes.stream().allMatch(model.index()::contains) && flow.staysDown(expression)
                && classes.stream().allMatch(flow::thisStaysDown);
    }

    /** A plain {@code new}: its class (the project's, else as written) is added. */
    private boolean creationMakes(ObjectCreationExpr creation, Set<String> classes) {
        if (!isPlainCreation(creation)) {
            return false;
        }
        classes.add(model.fields().typeCandidates(creation.getType(), creation).stream()
                .filter(model.index()::contains).findFirst().orElse(creation.getType().getNameAsString()));
        return true;
    }

    /**
     * Whether every project method the call may run returns a fresh object on every path: each return a plain
     * {@code new} or such a call; the classes made are added.
     */
    private boolean returnsFresh(MethodCallExpr call, int depth, Set<String> classes) {
        Optional<List<CallableDeclaration<?>>> targets = calls.targets(call);
        if (depth > MAX_FACTORY_DEPTH || targets.isEmpty() || targets.get().isEmpty()) {
            return false;
        }
        for (CallableDeclaration<?> target : targets.get()) {
            if (!(target instanceof MethodDeclaration method) || method.getBody().isEmpty()
                    || !Trees.findAll(method, LambdaExpr.class).isEmpty()
                    || Trees.findAll(method, ObjectCreationExpr.class).stream().anyMatch(c -> c.getAnonymousClassBody()
                    .isPresent())) {
                return false;
            }
            List<ReturnStmt> returns = Trees.findAll(method, ReturnStmt.class);
            if (returns.isEmpty()) {
                return false;
            }
            for (ReturnStmt ret : returns) {
                Expression returned = ret.getExpression().map(Unwrapped::of).orElse(null);
                boolean fresh = returned instanceof ObjectCreationExpr creation ? creationMakes(creation, classes)
                        : returned instanceof MethodCallExpr inner && returnsFresh(inner, depth + 1, classes);
                if (!fresh) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a value is assigned to the expression (the values themselves are judged apart). */
    private static boolean isAssigned(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof AssignExpr assign
                && assign.getTarget() == expression;
    }

    private static boolean isCompared(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof BinaryExpr binary
                && (binary.getOperator() == BinaryExpr.Operator.EQUALS
                || binary.getOperator() == BinaryExpr.Operator.NOT_EQUALS);
    }

    /** Whether the expression is only the receiver of a call on it: its value goes nowhere else. */
    private static boolean isReceiver(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().orElse(null) == expression;
    }

    /** Whether the expression is what a for-each loop walks: its elements go on, the collection itself does not. */
    private static boolean isIterated(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof ForEachStmt loop && loop.getIterable() == expression;
    }

    /**
     * Whether code that may name the field (its class's, and for a field not private its subclasses' and package's)
     * lets the collection itself go (returns it, passes it, stores it elsewhere): every mention of the field's name
     * there must be the receiver of a call, assigned to, compared ({@code == null}) or walked by a for-each loop.
     */
    private boolean collectionHandedOut(FieldRef field) {
        return handedOut.computeIfAbsent(field.variable(), v -> new HashMap<>())
                .computeIfAbsent(field.ownerType(), owner -> handedOut(field));
    }

    private boolean handedOut(FieldRef field) {
        String name = field.name();
        for (TypeDeclaration<?> type : flow.mayName(field.ownerType(), field.variable())) {
            for (NameExpr mention : flow.names(type, name)) {
                if (!isReceiver(mention) && !isAssigned(mention) && !isCompared(mention) && !isIterated(mention)
                        && flow.mayBe(mention, field.variable())) {
                    return true;
                }
            }
            for (FieldAccessExpr mention : flow.accesses(type, name)) {
                if (!isReceiver(mention) && !isAssigned(mention) && !isCompared(mention) && !isIterated(mention)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value made where it is assigned: a plain {@code new}, or a project call that surely returns a fresh one. */
    private boolean madeForIt(Expression value) {
        Expression e = Unwrapped.of(value);
        return isPlainCreation(e) || e instanceof MethodCallExpr call && returnsFresh(call, 0, new HashSet<>());
    }

    /** A {@code new} of a named class, with no class body of its own. */
    private static boolean isPlainCreation(Expression expression) {
        return Unwrapped.of(expression) instanceof ObjectCreationExpr creation
                && creation.getAnonymousClassBody().isEmpty();
    }

    /** Whether the node sits in a class declared or instantiated anonymously inside the unit's own code. */
    private static boolean inNestedClass(Node node, CodeUnit unit) {
        for (Node n = node.getParentNode().orElse(null); n != null && n != unit.declaration();
             n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> || n instanceof ObjectCreationExpr creation
                    && creation.getAnonymousClassBody().isPresent()) {
                return true;
            }
        }
        return false;
    }
}
