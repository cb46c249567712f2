package dev.lambdalint.model;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;

/**
 * A project field as code refers to it: its declaration, the type that declares it, and for an instance field
 * the class of the object that holds it (where the reference runs on {@code this}, the runtime class of
 * {@code this}). Identity is the declaration node: compare with {@link #sameField}, not {@code equals}.
 */
public record FieldRef(VariableDeclarator variable, String ownerType, String holderType) {

    public boolean isStatic() {
        FieldDeclaration declaration = (FieldDeclaration) variable.getParentNode().orElseThrow();
        return declaration.isStatic() || declaration.getParentNode().orElse(null)
                instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }

    public String name() {
        return variable.getNameAsString();
    }

    public boolean sameField(FieldRef other) {
        return other.variable == variable;
    }
}
