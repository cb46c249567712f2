package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * What the project's type index needs of one file, without its tree: its package, its imports, and the types it
 * declares (nested member types too, not local or anonymous ones), each with the supertypes it writes. The index and
 * the type names are built from these, so a file's tree is read only when some analysis asks for its code.
 */
public record Declarations(String pkg, List<Import> imports, List<DeclaredType> types) {

    /** An import as written: {@code identifier} is the name's last segment. */
    public record Import(String name, String identifier, boolean isStatic, boolean asterisk) {
    }

    /**
     * A declared type, in the order the index registers them (each top-level type, then its member types, depth
     * first): {@code enclosing} is the fully qualified name of the type it is a member of, null for a top-level one;
     * {@code supertypes} the names written after extends, then after implements; {@code extendsClass} whether it is a
     * class with an extends clause.
     */
    public record DeclaredType(String fqn, String simpleName, String enclosing, boolean extendsClass,
                               List<String> supertypes) {
    }

    public static Declarations of(CompilationUnit unit) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        List<Import> imports = new ArrayList<>();
        for (ImportDeclaration imp : unit.getImports()) {
            imports.add(new Import(imp.getNameAsString(), imp.getName().getIdentifier(), imp.isStatic(),
                    imp.isAsterisk()));
        }
        List<DeclaredType> types = new ArrayList<>();
        members(unit, (type, fqn) -> {
            String enclosing = type.getParentNode().filter(p -> p instanceof TypeDeclaration<?>)
                    .map(p -> fqn.substring(0, fqn.length() - type.getNameAsString().length() - 1)).orElse(null);
            List<String> supertypes = new ArrayList<>();
            for (ClassOrInterfaceType parent : writtenSupertypes(type)) {
                supertypes.add(parent.getNameWithScope());
            }
            boolean extendsClass = type instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
                    && !c.getExtendedTypes().isEmpty();
            types.add(new DeclaredType(fqn, type.getNameAsString(), enclosing, extendsClass, List.copyOf(supertypes)));
        });
        return new Declarations(pkg, List.copyOf(imports), List.copyOf(types));
    }

    /** The file's package and a dot ("com.example."), or nothing for the default package. */
    public String packagePrefix() {
        return pkg.isEmpty() ? "" : pkg + ".";
    }

    /**
     * Each type the unit declares as a member of the file or of another such type, with its fully qualified name, in
     * the order of {@link #types()}.
     */
    public static void members(CompilationUnit unit, BiConsumer<TypeDeclaration<?>, String> each) {
        String prefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        for (TypeDeclaration<?> type : unit.getTypes()) {
            members(type, prefix + type.getNameAsString(), each);
        }
    }

    private static void members(TypeDeclaration<?> type, String fqn, BiConsumer<TypeDeclaration<?>, String> each) {
        each.accept(type, fqn);
        for (var member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                members(nested, fqn + "." + nested.getNameAsString(), each);
            }
        }
    }

    private static List<ClassOrInterfaceType> writtenSupertypes(TypeDeclaration<?> type) {
        List<ClassOrInterfaceType> result = new ArrayList<>();
        if (type instanceof ClassOrInterfaceDeclaration c) {
            result.addAll(c.getExtendedTypes());
            result.addAll(c.getImplementedTypes());
        } else if (type instanceof EnumDeclaration e) {
            result.addAll(e.getImplementedTypes());
        } else if (type instanceof RecordDeclaration r) {
            result.addAll(r.getImplementedTypes());
        }
        return result;
    }
}
