package dev.lambdalint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.BiConsumer;

/**
 * What the project's type index needs of one file, without its tree: its package, its imports, and the types it
 * declares (nested member types too, not local or anonymous ones), each with the supertypes it writes and the shapes
 * of its methods, and the names its code writes. The index and the type names are built from these, so a file's tree is
 * read only when some analysis asks for its code.
 */
public record Declarations(String pkg, List<Import> imports, List<DeclaredType> types, boolean namesLambdaRuntime,
                           Written written) {

    /** An import as written: {@code identifier} is the name's last segment. */
    public record Import(String name, String identifier, boolean isStatic, boolean asterisk) {
    }

    /**
     * A declared type, in the order the index registers them (each top-level type, then its member types, depth
     * first): {@code enclosing} is the fully qualified name of the type it is a member of, null for a top-level one;
     * {@code supertypes} the names written after extends, then after implements; {@code extendsClass} whether it is a
     * class with an extends clause; {@code handlerShaped} whether it declares a public method with a body that has the
     * shape of a plain handler's (one parameter, or two or three ending in one of a type named {@code Context});
     * {@code methods} its methods in declaration order; {@code fields} its fields declared with a class or interface
     * type, in declaration order; {@code typeParameters} the names of its own type parameters; {@code fieldNames} the
     * names of all its fields.
     */
    public record DeclaredType(String fqn, String simpleName, String enclosing, boolean extendsClass,
                               List<String> supertypes, Modifiers modifiers, boolean handlerShaped,
                               List<MethodShape> methods, List<FieldType> fields, List<String> typeParameters,
                               Set<String> fieldNames) {
        public boolean declaresMethod(String name) {
            return methods.stream().anyMatch(m -> m.name().equals(name));
        }
    }

    /** A field's class or interface type as written ({@code Map}, {@code java.util.Map}, without type arguments). */
    public record FieldType(String written, boolean isStatic) {
    }

    /**
     * A method as a call's arity can select it: its name, its parameter count, whether it has a body; and each
     * parameter's type by its simple name ({@link FunctionSite#simpleName}: {@code "*"} for one not written, empty for
     * a primitive or an array).
     */
    public record MethodShape(String name, int parameters, boolean varargs, boolean body,
                              List<String> parameterTypes) {
        /** Whether a call with this many arguments can call it (its varargs taking any number, none too). */
        public boolean accepts(int arity) {
            return varargs ? arity >= parameters - 1 : parameters == arity;
        }
    }

    /** What kind of type it is, and its modifiers. */
    public record Modifiers(boolean isClass, boolean isInterface, boolean isEnum, boolean isAbstract,
                            boolean isPublic, boolean isStatic) {
        static Modifiers of(TypeDeclaration<?> type) {
            boolean isClass = type instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
            boolean isInterface = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
            return new Modifiers(isClass, isInterface, type instanceof EnumDeclaration,
                    type.hasModifier(Modifier.Keyword.ABSTRACT), type.isPublic(), type.isStatic());
        }
    }

    /**
     * The declarations of a tree, with the names ({@link Written}) of the {@code facts} gathered as it was made;
     * null: walked for them.
     */
    public static Declarations of(CompilationUnit unit, SyntaxFacts facts) {
        return of(unit, facts, new java.util.HashMap<>());
    }

    /** {@link #of(CompilationUnit, SyntaxFacts)}, its strings shared through {@code strings} (string to its one copy). */
    public static Declarations of(CompilationUnit unit, SyntaxFacts facts, Map<String, String> strings) {
        UnaryOperator<String> shared = s -> s == null ? null : KeptTrees.shared(strings, s);
        SyntaxFacts names = facts != null ? facts : SyntaxFacts.walked(unit);
        String pkg = shared.apply(unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse(""));
        List<Import> imports = new ArrayList<>();
        for (ImportDeclaration imp : unit.getImports()) {
            imports.add(new Import(shared.apply(imp.getNameAsString()), shared.apply(imp.getName().getIdentifier()),
                    imp.isStatic(), imp.isAsterisk()));
        }
        List<DeclaredType> types = new ArrayList<>();
        boolean[] runtimeQualified = {false}; // a method's parameter type written qualified with the runtime's package
        members(unit, (type, fqn) -> {
            String enclosing = shared.apply(type.getParentNode().filter(p -> p instanceof TypeDeclaration<?>)
                    .map(p -> fqn.substring(0, fqn.length() - type.getNameAsString().length() - 1)).orElse(null));
            List<String> supertypes = new ArrayList<>();
            for (ClassOrInterfaceType parent : writtenSupertypes(type)) {
                supertypes.add(shared.apply(parent.getNameWithScope()));
            }
            boolean extendsClass = type instanceof ClassOrInterfaceDeclaration c && !c.isInterface()
                    && !c.getExtendedTypes().isEmpty();
            List<MethodShape> methods = new ArrayList<>();
            boolean shaped = false;
            for (MethodDeclaration m : type.getMethods()) {
                int count = m.getParameters().size();
                List<String> parameterTypes = m.getParameters().stream().map(p -> shared.apply(FunctionSite
                        .simpleName(p.getType()).stream().findFirst().orElse(""))).toList();
                methods.add(new MethodShape(shared.apply(m.getNameAsString()), count,
                        count > 0 && m.getParameters().get(count - 1).isVarArgs(), m.getBody().isPresent(),
                        parameterTypes));
                shaped |= handlerShaped(m);
                runtimeQualified[0] |= m.getParameters().stream().anyMatch(p -> p.getType()
                        instanceof ClassOrInterfaceType written && written.getScope().isPresent()
                        && written.getNameWithScope().startsWith(Relevance.LAMBDA_RUNTIME_PACKAGE));
            }
            List<FieldType> fields = new ArrayList<>();
            List<String> fieldNames = new ArrayList<>();
            type.getFields().forEach(f -> f.getVariables().forEach(v -> {
                fieldNames.add(v.getNameAsString());
                if (v.getType() instanceof ClassOrInterfaceType written) {
                    fields.add(new FieldType(shared.apply(written.getNameWithScope()), f.isStatic()));
                }
            }));
            List<String> typeParameters = type instanceof NodeWithTypeParameters<?> generic
                    ? generic.getTypeParameters().stream().map(p -> shared.apply(p.getNameAsString())).toList()
                    : List.of();
            types.add(new DeclaredType(shared.apply(fqn), shared.apply(type.getNameAsString()), enclosing, extendsClass,
                    List.copyOf(supertypes), Modifiers.of(type), shaped,
                    methods.isEmpty() ? List.of() : List.copyOf(methods), fields.isEmpty() ? List.of() : List.copyOf(fields),
                    typeParameters, NameSet.of(fieldNames, shared)));
        });
        boolean namesRuntime = pkg.startsWith(Relevance.LAMBDA_RUNTIME_PACKAGE)
                || imports.stream().anyMatch(i -> i.name().startsWith(Relevance.LAMBDA_RUNTIME_PACKAGE))
                || types.stream().anyMatch(DeclaredType::handlerShaped) && runtimeQualified[0];
        return new Declarations(pkg, List.copyOf(imports), List.copyOf(types), namesRuntime,
                Written.of(names, shared));
    }

    private static boolean handlerShaped(MethodDeclaration method) {
        int count = method.getParameters().size();
        return method.isPublic() && method.getBody().isPresent() && count >= 1 && count <= 3
                && (count == 1 || method.getParameters().getLast().orElseThrow().getType()
                instanceof ClassOrInterfaceType last && last.getNameAsString().equals("Context"));
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
