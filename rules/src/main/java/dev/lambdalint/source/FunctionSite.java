package dev.lambdalint.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Set;

/**
 * What the place a lambda or method reference is written in says of the type it implements, as far as its own file
 * tells: the simple names written there (a variable's, a cast's, a method's return type), or the method and argument
 * position it is passed at (the parameter types of the project's methods of that name tell), or nothing without the
 * model (an assignment's target, a constructor's parameter). Taken as each file's tree is made, so that the project's
 * lambdas are weighed without reading every tree.
 */
public record FunctionSite(Kind kind, Set<String> names, String method, int position) {
    /** Any type: where the place cannot tell. */
    public static final String ANY = "*";

    public enum Kind {
        /** {@link #names()} are the simple names written for it ({@link #ANY} when nothing is). */
        WRITTEN,
        /** Passed to a call of {@link #method()} at {@link #position()}. */
        CALL_ARGUMENT,
        /** Told only by typing code: an assignment's target, a constructor's parameter. */
        TYPED
    }

    private static final FunctionSite TYPED_SITE = new FunctionSite(Kind.TYPED, Set.of(), "", -1);

    /** Where the function is: the expression it is written as (through parentheses and conditionals) and its holder. */
    public record Place(Expression at, Node holder) {
    }

    public static Place placeOf(Expression function) {
        Expression at = function;
        Node parent = at.getParentNode().orElse(null);
        while (parent instanceof EnclosedExpr || parent instanceof ConditionalExpr c && c.getCondition() != at) {
            at = (Expression) parent;
            parent = at.getParentNode().orElse(null);
        }
        return new Place(at, parent);
    }

    public static FunctionSite of(Expression function) {
        Place place = placeOf(function);
        Expression at = place.at();
        Node parent = place.holder();
        if (parent instanceof VariableDeclarator v) {
            return written(simpleName(v.getType()));
        }
        if (parent instanceof CastExpr cast) {
            return written(simpleName(cast.getType()));
        }
        if (parent instanceof AssignExpr assign && assign.getValue() == at) {
            return TYPED_SITE;
        }
        if (parent instanceof ReturnStmt ret) {
            Node owner = ret.findAncestor(n -> n instanceof LambdaExpr || n instanceof CallableDeclaration<?>,
                    Node.class).orElse(null);
            return written(owner instanceof MethodDeclaration m ? simpleName(m.getType()) : Set.of(ANY));
        }
        if (parent instanceof MethodCallExpr call && Trees.argumentIndex(call, at) >= 0) {
            return new FunctionSite(Kind.CALL_ARGUMENT, Set.of(), call.getNameAsString(),
                    Trees.argumentIndex(call, at));
        }
        if (parent instanceof ExplicitConstructorInvocationStmt invocation
                && Trees.argumentIndex(invocation, at) >= 0
                || parent instanceof ObjectCreationExpr creation && Trees.argumentIndex(creation, at) >= 0) {
            return TYPED_SITE;
        }
        return written(Set.of(ANY));
    }

    /** The same site, its strings the analysis's shared copies. */
    FunctionSite shared(java.util.function.UnaryOperator<String> shared) {
        return new FunctionSite(kind, NameSet.of(names, shared), shared.apply(method), position);
    }

    private static FunctionSite written(Set<String> names) {
        return new FunctionSite(Kind.WRITTEN, names, "", -1);
    }

    /** A class or interface type's simple name; none for a primitive or an array, which no lambda implements. */
    public static Set<String> simpleName(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return Set.of(c.getNameAsString());
        }
        return type.isVarType() || type.isUnknownType() ? Set.of(ANY) : Set.of();
    }
}
