package dev.lambdalint.source;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Set;

/**
 * Whether a variable's written type leaves its type to the initializer: Java's {@code var}, and Lombok's {@code val}
 * and {@code var} ({@code lombok.val}, {@code lombok.var}), which Lombok replaces with the initializer's type before
 * the compiler sees them. Such a variable is typed by its initializer, never by a type named {@code val}.
 */
public final class LocalTypes {
    private static final Set<String> LOMBOK = Set.of("lombok.val", "lombok.var");

    private LocalTypes() {
    }

    public static boolean inferred(Type type, ProjectIndex index) {
        if (type.isVarType()) {
            return true;
        }
        if (!(type instanceof ClassOrInterfaceType c) || c.getTypeArguments().isPresent()) {
            return false;
        }
        String written = c.getNameWithScope();
        if (LOMBOK.contains(written)) {
            return true;
        }
        if (!written.equals("val") && !written.equals("var") || type.findCompilationUnit().isEmpty()) {
            return false;
        }
        TypeResolver resolver = index.resolver(type);
        return resolver.resolve(written, type).filter(LOMBOK::contains).isPresent()
                || resolver.onDemandImports().contains("lombok");
    }
}
