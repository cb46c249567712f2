package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

/**
 * A piece of code that runs as a whole: a method or constructor body, or a type's instance initialisation (its
 * instance field initialisers and initializer blocks). {@code thisType} is the class of the object it runs on,
 * which decides where calls on {@code this} dispatch (a base class's template method calls the handler's
 * override). Identity is the declaration node itself, not JavaParser's structural equality.
 */
public final class CodeUnit {
    private final Node declaration;
    private final String ownerType;
    private final String thisType;
    private final String displayName;
    private final int hash;

    CodeUnit(Node declaration, String ownerType, String thisType, String displayName) {
        this.declaration = declaration;
        this.ownerType = ownerType;
        this.thisType = thisType;
        this.displayName = displayName;
        this.hash = System.identityHashCode(declaration) * 31 + java.util.Objects.hashCode(thisType);
    }

    /**
     * A MethodDeclaration, ConstructorDeclaration, or the TypeDeclaration whose instance init this is; for class
     * initialisation ({@link InvocationModel#everRun} only), a static FieldDeclaration or InitializerDeclaration;
     * for a function a framework bean returns, the LambdaExpr.
     */
    public Node declaration() {
        return declaration;
    }

    public boolean isInstanceInit() {
        return declaration instanceof TypeDeclaration<?>;
    }

    public boolean isCallable() {
        return declaration instanceof CallableDeclaration<?>;
    }

    public String ownerType() {
        return ownerType;
    }

    public String thisType() {
        return thisType;
    }

    /** "OrderHandler.save", or "Repository.<init>" for constructors and instance initialisation. */
    public String displayName() {
        return displayName;
    }

    public int line() {
        return declaration.getBegin().map(p -> p.line).orElse(1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CodeUnit unit && unit.declaration == declaration && unit.thisType.equals(thisType);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
