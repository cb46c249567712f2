package dev.lambdalint.deploy;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The construct classes a CDK app written in Java defines ({@code class OrderService extends Construct}, or extends
 * another such class), which constructor of a class of the app a {@code new}, {@code this(...)} or
 * {@code super(...)} runs, and the construct path a scope stands for, from which the CDK makes logical ids.
 */
final class CdkConstructs {
    static final String CONSTRUCT = "software.constructs.Construct";
    static final String STACK = "software.amazon.awscdk.Stack";
    private static final int MAX_DEPTH = 8;

    private final CdkJavaApp.Classes classes;

    CdkConstructs(CdkJavaApp.Classes classes) {
        this.classes = classes;
    }

    /** Whether a class of the app is a construct of its own: it extends {@code Construct} or such a class, not a stack. */
    boolean isConstruct(TypeDeclaration<?> type) {
        return isConstruct(type, 0);
    }

    private boolean isConstruct(TypeDeclaration<?> type, int depth) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()
                || depth > MAX_DEPTH) {
            return false;
        }
        for (ClassOrInterfaceType parent : declaration.getExtendedTypes()) {
            String written = parent.getNameWithScope();
            if (is(type, written, CONSTRUCT)) {
                return true;
            }
            Optional<TypeDeclaration<?>> project = projectType(type, written);
            if (project.isPresent() && project.get() != type && isConstruct(project.get(), depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The constructor a {@code new} of a class of the app runs, when exactly one has as many parameters. */
    Optional<ConstructorDeclaration> constructor(ObjectCreationExpr creation) {
        return created(creation).flatMap(type -> byArity(type, creation.getArguments().size()));
    }

    /** The class of the app a {@code new} creates (not one of the CDK's, not an anonymous class). */
    Optional<TypeDeclaration<?>> created(ObjectCreationExpr creation) {
        return creation.getAnonymousClassBody().isPresent() ? Optional.empty()
                : projectType(creation, creation.getType().getNameWithScope());
    }

    /** The constructor {@code this(...)} or {@code super(...)} hands on to, when it is one of the app's. */
    Optional<ConstructorDeclaration> constructor(ExplicitConstructorInvocationStmt call) {
        Optional<ClassOrInterfaceDeclaration> own = call.findAncestor(ClassOrInterfaceDeclaration.class);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> target = call.isThis() ? Optional.of(own.get())
                : own.get().getExtendedTypes().getFirst().flatMap(t -> projectType(own.get(), t.getNameWithScope()));
        return target.flatMap(t -> byArity(t, call.getArguments().size())).filter(c -> !c.isAncestorOf(call));
    }

    /** A class of the app a type written at a node names; not a CDK type the file imports under that name. */
    private Optional<TypeDeclaration<?>> projectType(Node at, String written) {
        Optional<CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isPresent() && (CdkTypes.resolve(unit.get(), written).isPresent()
                || is(at, written, CONSTRUCT) || is(at, written, STACK))) {
            return Optional.empty();
        }
        return classes.type(written);
    }

    private static Optional<ConstructorDeclaration> byArity(TypeDeclaration<?> type, int arity) {
        List<ConstructorDeclaration> matching = type.getConstructors().stream()
                .filter(c -> c.getParameters().size() == arity && c.getParameters().stream()
                        .noneMatch(Parameter::isVarArgs))
                .toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty(); // overloads: not guessed
    }

    /** Whether a type written in a node's file is the given one: qualified, imported, or through its package's *. */
    static boolean is(Node at, String written, String qualified) {
        if (written.equals(qualified)) {
            return true;
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        String packageName = qualified.substring(0, qualified.lastIndexOf('.'));
        if (!written.equals(simple)) {
            return false;
        }
        List<ImportDeclaration> imports = at.findCompilationUnit().map(CompilationUnit::getImports)
                .orElse(new com.github.javaparser.ast.NodeList<>());
        return imports.stream().anyMatch(i -> !i.isStatic() && (i.isAsterisk()
                ? i.getNameAsString().equals(packageName) : i.getNameAsString().equals(qualified)));
    }

    /**
     * The construct path a scope stands for, from the stack down: none for the stack itself ({@code this} in a
     * stack), {@code [Orders]} for {@code this} in the constructor of the construct created as
     * {@code new OrderService(this, "Orders", ...)}, {@code [Orders, Api]} for a construct created in that one.
     * Empty when it is not known without running the app.
     */
    Optional<List<String>> path(Expression scope, CdkValues in) {
        return path(scope, in, 0);
    }

    private Optional<List<String>> path(Expression scope, CdkValues in, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        CdkValues.Bound bound = in.follow(scope);
        Expression e = bound.expression();
        if (e instanceof ThisExpr self) {
            return thisPath(self, bound.values(), depth);
        }
        if (e instanceof ObjectCreationExpr creation && creation.getArguments().size() >= 2) {
            String written = creation.getType().getNameWithScope();
            if (is(creation, written, STACK)) {
                return Optional.of(List.of());
            }
            if (is(creation, written, CONSTRUCT) || constructor(creation)
                    .flatMap(c -> c.findAncestor(TypeDeclaration.class)).filter(t -> isConstruct(t)).isPresent()) {
                return child(creation.getArgument(0), creation.getArgument(1), bound.values(), depth);
            }
        }
        return Optional.empty();
    }

    /** The path of the instance {@code this} is in the frame it is read in. */
    private Optional<List<String>> thisPath(ThisExpr self, CdkValues in, int depth) {
        for (CdkFrame f = in.frame(); f != null; f = f.caller()) {
            if (f.call() instanceof ObjectCreationExpr && f.constructs()) {
                return instancePath(f, in, depth);
            }
            // a helper called on this, or this(...)/super(...): the same instance, made by the frame's caller
        }
        Optional<TypeDeclaration<?>> type = self.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        return type.filter(this::isConstruct).isPresent() ? Optional.empty() : Optional.of(List.of());
    }

    /**
     * The path of the construct a constructor frame makes: the scope and id its constructor hands to
     * {@code super(scope, id)} of {@code Construct}, through the app's own constructors it calls first.
     */
    private Optional<List<String>> instancePath(CdkFrame frame, CdkValues base, int depth) {
        CdkFrame current = frame;
        for (int i = 0; i < MAX_DEPTH; i++) {
            Optional<ExplicitConstructorInvocationStmt> first = ((ConstructorDeclaration) current.method()).getBody()
                    .getStatements().getFirst().filter(s -> s instanceof ExplicitConstructorInvocationStmt)
                    .map(s -> (ExplicitConstructorInvocationStmt) s);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            Optional<ConstructorDeclaration> next = constructor(first.get());
            if (next.isEmpty()) {
                return first.get().getArguments().size() >= 2 && !first.get().isThis()
                        ? child(first.get().getArgument(0), first.get().getArgument(1), base.in(current), depth)
                        : Optional.empty();
            }
            current = new CdkFrame(next.get(), first.get(), current);
        }
        return Optional.empty();
    }

    private Optional<List<String>> child(Expression scope, Expression id, CdkValues in, int depth) {
        Optional<String> known = in.eval(id).literal();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        return path(scope, in, depth + 1).map(parent -> {
            List<String> path = new ArrayList<>(parent);
            path.add(known.get());
            return List.copyOf(path);
        });
    }

    /**
     * The logical id the CDK makes for a construct at a path below its stack (without the hash it appends to a
     * path of several ids): the ids joined, {@code Default} left out, a repeated id once, only letters and digits.
     * A construct directly in the stack keeps its id as written.
     */
    static String logicalId(List<String> path) {
        List<String> ids = new ArrayList<>();
        for (String id : path) {
            if (!id.equals("Default") && (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id))) {
                ids.add(id);
            }
        }
        if (path.size() == 1) {
            return path.get(0);
        }
        StringBuilder joined = new StringBuilder();
        ids.forEach(id -> joined.append(id.replaceAll("[^A-Za-z0-9]", "")));
        return joined.toString();
    }

    /** The property a getter reads: {@code memorySize} for {@code getMemorySize}, {@code snapStart} for {@code isSnapStart}. */
    static String property(String getter) {
        for (String prefix : List.of("get", "is")) {
            if (getter.length() > prefix.length() && getter.startsWith(prefix)
                    && Character.isUpperCase(getter.charAt(prefix.length()))) {
                String rest = getter.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return getter;
    }
}
