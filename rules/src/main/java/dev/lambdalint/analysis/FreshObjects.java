package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Objects that per-invocation code makes and nobody keeps: an instance field of such an object lives no longer than
 * the invocation, whatever other objects of its class live on (a class with a static default instance, a prototype
 * the handler holds). Yes only when the code shows it, at every per-invocation place that runs the code in question:
 * the object is made there ({@code new Ctx().add(..)}, or a local holding a {@code new} that is only ever the
 * receiver of calls and field reads), or the code runs on {@code this} of such code. An object reached any other
 * way (a parameter, a field, a method's result, a local passed on, stored, returned or used in a lambda), or of a
 * class whose code hands {@code this} out, may be kept, and counts as long-lived.
 */
public final class FreshObjects {
    private static final int MAX_DEPTH = 8;

    private final InvocationModel model;
    private final Map<Node, Boolean> freshThis = new IdentityHashMap<>();
    private final Map<String, Boolean> handsOutThis = new HashMap<>();

    private FreshObjects(InvocationModel model) {
        this.model = model;
    }

    /** The model's answers, worked out once for all the rules that ask. */
    public static FreshObjects of(InvocationModel model) {
        return model.shared(FreshObjects.class, () -> new FreshObjects(model));
    }

    /**
     * Whether the instance field {@code field}, named at {@code named} in {@code unit}'s code, belongs to an object
     * made per invocation that nobody keeps, and holds a collection made for that object alone: a private field
     * whose values ({@code builtFrom}: its initializer and every value assigned to it) are all a {@code new}, and
     * which its class only ever calls methods on.
     */
    public boolean ownerMadePerInvocation(Expression named, FieldRef field, CodeUnit unit, List<Expression> builtFrom) {
        if (field.isStatic() || !field.variable().getParentNode().map(p -> p instanceof
                FieldDeclaration f && f.isPrivate()).orElse(false)
                || builtFrom.isEmpty() || !builtFrom.stream().allMatch(FreshObjects::isPlainCreation)
                || inNestedClass(named, unit) || collectionHandedOut(field)) {
            return false;
        }
        Expression e = unwrap(named);
        if (e instanceof NameExpr) {
            return model.index().ancestry(unit.thisType()).contains(field.ownerType()) && runsOnFreshThis(unit, 0);
        }
        if (e instanceof FieldAccessExpr access) {
            Expression scope = unwrap(access.getScope());
            if (scope instanceof ThisExpr self) {
                return self.getTypeName().isEmpty() && runsOnFreshThis(unit, 0);
            }
            return freshValue(scope, unit);
        }
        return false;
    }

    /** Whether every per-invocation run of the unit's code is on an object made there and kept by nobody. */
    private boolean runsOnFreshThis(CodeUnit unit, int depth) {
        Node declaration = unit.declaration();
        if (depth > MAX_DEPTH || !(declaration instanceof ConstructorDeclaration
                || declaration instanceof MethodDeclaration m && !m.isStatic())) {
            return false;
        }
        Boolean known = freshThis.get(declaration);
        if (known != null) {
            return known;
        }
        freshThis.put(declaration, false); // a cycle of calls on this proves nothing
        List<InvocationModel.CallSite> sites = model.callSitesOf(declaration);
        boolean fresh = !sites.isEmpty() && !handsOutThis(unit.thisType())
                && sites.stream().allMatch(site -> freshAt(site, unit, depth));
        freshThis.put(declaration, fresh);
        return fresh;
    }

    /** Whether the call, creation or constructor call at the site runs {@code callee} on an unkept object. */
    private boolean freshAt(InvocationModel.CallSite site, CodeUnit callee, int depth) {
        Node node = site.node();
        CodeUnit caller = site.caller();
        if (inNestedClass(node, caller)) {
            return false;
        }
        boolean sameObject = model.index().ancestry(caller.thisType()).contains(callee.ownerType());
        if (node instanceof MethodCallExpr call) {
            Optional<Expression> scope = call.getScope().map(FreshObjects::unwrap);
            if (scope.isEmpty() || scope.get() instanceof ThisExpr self && self.getTypeName().isEmpty()) {
                return sameObject && runsOnFreshThis(caller, depth + 1);
            }
            return freshValue(scope.get(), caller);
        }
        if (node instanceof ExplicitConstructorInvocationStmt) {
            return sameObject && runsOnFreshThis(caller, depth + 1);
        }
        if (node instanceof ObjectCreationExpr creation && isPlainCreation(creation)) {
            Node parent = creation.getParentNode().orElse(null);
            if (parent instanceof ExpressionStmt
                    || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == creation) {
                return true;
            }
            return parent instanceof VariableDeclarator local && unkeptLocal(local, caller);
        }
        return false;
    }

    /** Whether the value of the expression, in the unit's code, is an object made there that nobody keeps. */
    private boolean freshValue(Expression value, CodeUnit unit) {
        Expression e = unwrap(value);
        if (e instanceof ObjectCreationExpr creation) {
            return isPlainCreation(creation) && creationHandsOutNothing(creation, unit);
        }
        if (e instanceof NameExpr name) {
            return model.calls().declarationOf(name, unit).orElse(null) instanceof VariableDeclarator local
                    && unkeptLocal(local, unit);
        }
        return false;
    }

    /**
     * A local holding a plain {@code new}, used only as the receiver of calls and field reads, outside lambdas and
     * nested classes: never passed on, stored, returned, assigned or captured.
     */
    private boolean unkeptLocal(VariableDeclarator local, CodeUnit unit) {
        if (!(local.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                || !(local.getInitializer().map(FreshObjects::unwrap).orElse(null) instanceof ObjectCreationExpr made)
                || !isPlainCreation(made) || !creationHandsOutNothing(made, unit)) {
            return false;
        }
        Node scope = local.findAncestor(CallableDeclaration.class).map(Node.class::cast).orElse(null);
        if (scope == null || local.findAncestor(LambdaExpr.class).isPresent()) {
            return false;
        }
        for (NameExpr use : scope.findAll(NameExpr.class)) {
            if (!use.getNameAsString().equals(local.getNameAsString())
                    || model.calls().declarationOf(use, unit).orElse(null) != local) {
                continue;
            }
            Node parent = use.getParentNode().orElse(null);
            boolean receiver = isReceiver(use)
                    || parent instanceof FieldAccessExpr access && access.getScope() == use && isReceiver(access);
            if (!receiver || use.findAncestor(LambdaExpr.class).isPresent() || inNestedClass(use, unit)) {
                return false;
            }
        }
        return true;
    }

    private boolean creationHandsOutNothing(ObjectCreationExpr creation, CodeUnit unit) {
        return model.fields().typeCandidates(creation.getType(), creation).stream()
                .filter(model.index()::contains).findFirst().map(type -> !handsOutThis(type)).orElse(false);
    }

    /**
     * Whether the class's project code (its own and its project superclasses') may hand its object to someone:
     * {@code this} used other than to name a member, or code that captures it (a lambda, an anonymous or inner class).
     */
    private boolean handsOutThis(String type) {
        return handsOutThis.computeIfAbsent(type, t -> {
            for (String owner : model.index().ancestry(t)) {
                Optional<TypeDeclaration<?>> declaration = model.index().type(owner);
                if (declaration.isPresent() && handsOut(declaration.get())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static boolean handsOut(TypeDeclaration<?> type) {
        for (ThisExpr self : type.findAll(ThisExpr.class)) {
            Node parent = self.getParentNode().orElse(null);
            boolean namesMember = parent instanceof FieldAccessExpr access && access.getScope() == self
                    || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == self;
            if (!namesMember) {
                return true;
            }
        }
        return !type.findAll(LambdaExpr.class).isEmpty()
                || type.findAll(ObjectCreationExpr.class).stream().anyMatch(c -> c.getAnonymousClassBody().isPresent())
                || type.getMembers().stream().anyMatch(m -> m instanceof TypeDeclaration<?> nested && !nested.isStatic()
                && !(nested instanceof ClassOrInterfaceDeclaration c && c.isInterface()));
    }

    /** Whether a value is assigned to the expression (the values themselves are judged apart). */
    private static boolean isAssigned(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof AssignExpr assign
                && assign.getTarget() == expression;
    }

    /** Whether the expression is only the receiver of a call on it: its value goes nowhere else. */
    private static boolean isReceiver(Expression expression) {
        return expression.getParentNode().orElse(null) instanceof MethodCallExpr call
                && call.getScope().orElse(null) == expression;
    }

    /**
     * Whether the declaring class's code lets the collection itself go (returns it, passes it, stores it elsewhere):
     * every mention of the field's name there must be the receiver of a call.
     */
    private boolean collectionHandedOut(FieldRef field) {
        Optional<TypeDeclaration<?>> owner = model.index().type(field.ownerType());
        if (owner.isEmpty()) {
            return true;
        }
        String name = field.name();
        for (NameExpr mention : owner.get().findAll(NameExpr.class)) {
            if (mention.getNameAsString().equals(name) && !isReceiver(mention) && !isAssigned(mention)) {
                return true;
            }
        }
        for (FieldAccessExpr mention : owner.get().findAll(FieldAccessExpr.class)) {
            if (mention.getNameAsString().equals(name) && !isReceiver(mention) && !isAssigned(mention)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code new} of a named class, with no class body of its own. */
    private static boolean isPlainCreation(Expression expression) {
        return unwrap(expression) instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isEmpty();
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

    private static Expression unwrap(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }
}
