package dev.lambdalint.analysis;

import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import java.util.List;
import java.util.Optional;

/**
 * The field a getter call hands out: a project method whose body is only {@code return field;}, or a
 * {@code getX()}/{@code isX()} that an annotation processor generates for field {@code x} (Lombok's
 * {@code @Getter}, {@code @Data}, {@code @Value} on the field or its class; which annotations generate getters
 * is catalog data). Code that closes what such a getter returns closes the field itself.
 */
public final class Getters {
    private final InvocationModel model;
    private final List<String> generating;

    public Getters(InvocationModel model, List<String> generatingAnnotations) {
        this.model = model;
        this.generating = List.copyOf(generatingAnnotations);
    }

    /** The field {@code call} returns, when it is a getter of a project object; empty otherwise. */
    public Optional<FieldRef> fieldReturnedBy(MethodCallExpr call, CodeUnit caller) {
        if (!call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        List<CodeUnit> targets = model.calls().targets(call, caller);
        if (!targets.isEmpty()) {
            return targets.size() == 1 && targets.get(0).declaration() instanceof MethodDeclaration method
                    ? returnedField(method, targets.get(0).thisType()) : Optional.empty();
        }
        Optional<String> owner = call.getScope().flatMap(scope -> model.calls().typeOf(scope, caller))
                .filter(model.calls()::isProjectType);
        return owner.flatMap(o -> property(call.getNameAsString()).flatMap(p -> generatedGetter(o, p)));
    }

    private Optional<FieldRef> returnedField(MethodDeclaration method, String thisType) {
        List<Statement> body = method.getBody().map(BlockStmt::getStatements).orElse(null);
        if (body == null || body.size() != 1 || !(body.get(0) instanceof ReturnStmt ret)) {
            return Optional.empty();
        }
        return ret.getExpression().flatMap(e -> model.fields().of(e, thisType));
    }

    /** {@code getLiquibaseClient} → {@code liquibaseClient}, {@code isOpen} → {@code open}. */
    private static Optional<String> property(String getter) {
        int prefix = getter.startsWith("get") ? 3 : getter.startsWith("is") ? 2 : 0;
        if (prefix == 0 || getter.length() == prefix || !Character.isUpperCase(getter.charAt(prefix))) {
            return Optional.empty();
        }
        return Optional.of(Character.toLowerCase(getter.charAt(prefix)) + getter.substring(prefix + 1));
    }

    private Optional<FieldRef> generatedGetter(String owner, String property) {
        Optional<TypeDeclaration<?>> type = model.index().type(owner);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        boolean onClass = generates(type.get());
        for (FieldDeclaration field : type.get().getFields()) {
            // a class-level annotation generates getters for instance fields only
            if (generates(field) || onClass && !field.isStatic()) {
                for (VariableDeclarator variable : field.getVariables()) {
                    if (variable.getNameAsString().equals(property)) {
                        return Optional.of(new FieldRef(variable, owner, owner));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean generates(NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            List<String> candidates = model.calls().typeCandidates(annotation.getNameAsString(), annotation);
            if (candidates.stream().anyMatch(generating::contains)) {
                return true;
            }
        }
        return false;
    }
}
