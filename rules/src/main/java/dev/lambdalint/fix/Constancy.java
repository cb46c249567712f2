package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.SyntaxIndex;
import dev.lambdalint.source.Trees;
import java.util.List;
import java.util.Optional;

/**
 * Whether an expression gives the same value whenever it runs, so that it can run once, in a static initializer:
 * it may use literals, constants, environment variables, static calls and static fields that nothing changes, but
 * no parameter or local of the code around it, no field of the object, no instance method, and no call whose value
 * differs from one call to the next (the clock, random values: the catalog's SnapStart lists of them). Anything it cannot
 * tell ends the fix with the reason.
 */
final class Constancy {
    private static final int MAX_DEPTH = 2;

    private final InvocationModel model;
    private final CallPatterns patterns;
    private final List<CallPattern> varying;

    /** {@code varying}: calls whose value differs from one call to the next (a clock reading, a random UUID). */
    Constancy(InvocationModel model, CallPatterns patterns, List<CallPattern> varying) {
        this.model = model;
        this.patterns = patterns;
        this.varying = varying;
    }

    /** Throws {@link NoFix} naming what in {@code expression} depends on the invocation or the object. */
    void check(Expression expression, CodeUnit unit) {
        for (Node node : Trees.findAll(expression, Node.class)) {
            if (node instanceof ThisExpr || node instanceof SuperExpr) {
                throw new NoFix("it uses the object itself (" + node + ")");
            }
            if (node instanceof NameExpr name && !declaredInside(name, expression)) {
                name(name, unit);
            }
            if (node instanceof MethodCallExpr call && call.getScope().isEmpty()) {
                unqualifiedCall(call, unit, 0);
            }
            if (node instanceof MethodCallExpr call && call.getScope().isPresent()) {
                model.calls().staticTypeReference(call.getScope().get(), unit)
                        .filter(t -> model.index().contains(t))
                        .ifPresent(t -> projectStaticCall(call, unit, 0));
            }
            if (node instanceof ObjectCreationExpr creation) {
                innerClassCreation(creation);
            }
            patterns.match(node, unit, varying).ifPresent(p -> {
                throw new NoFix("it uses " + p.what() + ", which differs on every call");
            });
        }
    }

    private void name(NameExpr name, CodeUnit unit) {
        String id = name.getNameAsString();
        Optional<Node> declaration = model.calls().declarationOf(name, unit);
        if (declaration.isEmpty()) {
            if (namesTypeOrPackage(name) || !model.index().resolver(name).staticImportOwners(id).isEmpty()) {
                return;
            }
            throw new NoFix("it uses " + id + ", which the analysis cannot resolve");
        }
        if (declaration.get() instanceof Parameter || declaration.get() instanceof VariableDeclarator v
                && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            throw new NoFix("it is built from per-invocation data (" + id + ")");
        }
        VariableDeclarator field = (VariableDeclarator) declaration.get();
        FieldDeclaration declared = (FieldDeclaration) field.getParentNode().orElseThrow();
        boolean inInterface = declared.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration c
                && c.isInterface();
        if (!declared.isStatic() && !inInterface) {
            throw new NoFix("it reads " + id + ", a field of the object");
        }
        if (!declared.isFinal() && !inInterface && changes(field)) {
            throw new NoFix("it reads the static field " + id + ", which code outside its initialisation changes");
        }
    }

    /** {@code software} in {@code software.amazon...}, {@code Region} in {@code Region.of(...)}: no value. */
    private static boolean namesTypeOrPackage(NameExpr name) {
        Node parent = name.getParentNode().orElse(null);
        return parent instanceof FieldAccessExpr access && access.getScope() == name
                || parent instanceof MethodCallExpr call && call.getScope().orElse(null) == name
                || parent instanceof MethodReferenceExpr reference && reference.getScope() == name;
    }

    private void unqualifiedCall(MethodCallExpr call, CodeUnit unit, int depth) {
        if (!model.index().resolver(call).staticImportOwners(call.getNameAsString()).isEmpty()) {
            return;
        }
        List<Node> targets = model.calls().targets(call, unit).stream().map(t -> t.declaration()).toList();
        if (targets.isEmpty()) {
            throw new NoFix("it calls " + call.getNameAsString() + "(), which the analysis cannot resolve");
        }
        for (Node target : targets) {
            if (!(target instanceof MethodDeclaration method) || !method.isStatic()) {
                throw new NoFix("it calls " + call.getNameAsString() + "(), a method of the object");
            }
            staticBody(method, depth);
        }
    }

    private void projectStaticCall(MethodCallExpr call, CodeUnit unit, int depth) {
        for (var target : model.calls().targets(call, unit)) {
            if (target.declaration() instanceof MethodDeclaration method && method.isStatic()) {
                staticBody(method, depth);
            }
        }
    }

    /** A project static method it calls must not read static state that changes (a per-invocation "current" value). */
    private void staticBody(MethodDeclaration method, int depth) {
        if (depth >= MAX_DEPTH || method.getBody().isEmpty()) {
            return;
        }
        for (NameExpr name : Trees.findAll(method.getBody().get(), NameExpr.class)) {
            var variable = model.fields().of(name, model.index().enclosingTypeName(name).orElse(null));
            variable.filter(f -> f.isStatic()).ifPresent(f -> {
                FieldDeclaration declared = (FieldDeclaration) f.variable().getParentNode().orElseThrow();
                if (!declared.isFinal() && changes(f.variable())) {
                    throw new NoFix("it calls " + method.getNameAsString() + "(), which reads the static field "
                            + f.name() + " that code changes");
                }
            });
        }
    }

    /** {@code new Inner()} of a project inner class needs an enclosing object, which a static initializer has not. */
    private void innerClassCreation(ObjectCreationExpr creation) {
        model.index().resolver(creation).resolve(creation.getType().getNameWithScope(), creation)
                .flatMap(t -> model.index().type(t))
                .filter(t -> t instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isStatic()
                        && c.getParentNode().orElse(null) instanceof TypeDeclaration<?>)
                .ifPresent(t -> {
                    throw new NoFix("it creates " + t.getNameAsString() + ", an inner class that needs an "
                            + "enclosing object");
                });
    }

    /** Whether code other than the static initialisation of its own class assigns the static field. */
    boolean changes(VariableDeclarator field) {
        String name = field.getNameAsString();
        TypeDeclaration<?> owner = (TypeDeclaration<?>) field.getParentNode().flatMap(Node::getParentNode)
                .orElse(null);
        SyntaxIndex syntax = model.index().syntax();
        return syntax.assignmentsTo(name).stream().anyMatch(a -> targets(a.getTarget(), name)
                && !inStaticInit(a, owner)) || syntax.incrementsOf(name).stream()
                .anyMatch(u -> targets(u.getExpression(), name) && !inStaticInit(u, owner));
    }

    private static boolean targets(Expression target, String name) {
        return target instanceof NameExpr n && n.getNameAsString().equals(name)
                || target instanceof FieldAccessExpr f && f.getNameAsString().equals(name);
    }

    private static boolean inStaticInit(Node node, TypeDeclaration<?> owner) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof InitializerDeclaration init && init.isStatic()) {
                return init.getParentNode().orElse(null) == owner;
            }
            if (n instanceof FieldDeclaration f && f.isStatic()) {
                return f.getParentNode().orElse(null) == owner;
            }
            if (n instanceof TypeDeclaration<?> || n instanceof LambdaExpr) {
                return false;
            }
        }
        return false;
    }

    /** A lambda's parameter inside the expression ({@code b -> b.region(...)}) belongs to the expression. */
    static boolean declaredInside(NameExpr name, Expression expression) {
        for (Node n = name; n != null && n != expression; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr lambda && lambda.getParameters().stream()
                    .anyMatch(p -> p.getNameAsString().equals(name.getNameAsString()))) {
                return true;
            }
        }
        return false;
    }
}
