package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.catalog.Framework;
import dev.lambdalint.catalog.FrameworkEntry;
import dev.lambdalint.catalog.FrameworkStartup;
import dev.lambdalint.catalog.TypePattern;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import dev.lambdalint.source.Trees;
import dev.lambdalint.source.TypeResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The code frameworks call per invocation, as the catalog describes them, for the frameworks present: one of their
 * adapter types named by the code or by a template's handler, or one of their libraries among the dependencies. A
 * framework's annotations in code that no such sign puts on Lambda (a Spring controller of an ordinary web
 * application) make no handler.
 */
final class FrameworkEntries {
    private final ProjectIndex index;
    private final TypeNames names;
    private final CallResolver calls;

    FrameworkEntries(ProjectIndex index, TypeNames names, CallResolver calls) {
        this.index = index;
        this.names = names;
        this.calls = calls;
    }

    /** The frameworks of the catalog that the code, the templates' handler types or the libraries show present. */
    List<Framework> present(List<Framework> frameworks, Collection<String> handlerTypes, Collection<String> libraries) {
        Set<String> referenced = referencedTypes();
        referenced.addAll(handlerTypes);
        List<Framework> present = new ArrayList<>();
        for (Framework framework : frameworks) {
            List<String> types = framework.presentWith().types();
            List<String> libs = framework.presentWith().libraries();
            if (referenced.stream().anyMatch(t -> TypePattern.anyMatches(types, t))
                    || libraries.stream().anyMatch(l -> TypePattern.anyMatches(libs, l))) {
                present.add(framework);
            }
        }
        return present;
    }

    /** The handlers of one framework, and the start-up it runs for all of them. */
    List<Handler> handlers(Framework framework) {
        Startup startup = startup(framework.startup());
        List<Handler> handlers = new ArrayList<>();
        for (FrameworkEntry entry : framework.entries()) {
            index.types().forEach((fqn, type) -> {
                if (type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract()) {
                    handlers.addAll(entries(entry, fqn, c, startup));
                }
            });
        }
        return handlers;
    }

    private List<Handler> entries(FrameworkEntry entry, String fqn, ClassOrInterfaceDeclaration type, Startup startup) {
        List<Handler> found = new ArrayList<>();
        switch (entry.kind()) {
            case FrameworkEntry.ANNOTATED_METHODS -> {
                if (names.annotated(type, entry.classAnnotations())) {
                    for (MethodDeclaration m : type.getMethods()) {
                        if (!m.isStatic() && !m.isPrivate() && m.getBody().isPresent()
                                && mapped(m, fqn, entry.methodAnnotations())) {
                            found.add(handler(fqn, m.getNameAsString(), m, fqn, startup));
                        }
                    }
                }
            }
            case FrameworkEntry.SUBCLASS_METHODS -> {
                if (index.possibleAncestors(fqn).stream().anyMatch(a -> TypePattern.anyMatches(entry.superclasses(), a))) {
                    for (String method : entry.methods()) {
                        declared(fqn, method).ifPresent(m -> found.add(handler(fqn, method, m, fqn, startup)));
                    }
                }
            }
            case FrameworkEntry.FUNCTION_CLASSES -> {
                if (names.annotated(type, entry.classAnnotations())) {
                    functionalMethod(fqn, entry.functions())
                            .ifPresent(m -> found.add(handler(fqn, m.getNameAsString(), m, fqn, startup)));
                }
            }
            case FrameworkEntry.FUNCTION_BEANS -> {
                for (MethodDeclaration bean : type.getMethods()) {
                    if (bean.getBody().isPresent() && names.annotated(bean, entry.methodAnnotations())) {
                        String function = functionMethod(bean, entry.functions());
                        if (function != null) {
                            returnedFunction(bean, fqn, function).ifPresent(f ->
                                    found.add(new Handler(fqn, bean.getNameAsString(), f.entry(), index.fileOf(type),
                                            Handler.Kind.FRAMEWORK, f.runtimeType(), startup)));
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("unknown entry kind " + entry.kind());
        }
        return found;
    }

    private Handler handler(String fqn, String method, MethodDeclaration entry, String runtime, Startup startup) {
        SourceFile file = index.fileOf(enclosingIndexed(entry));
        return new Handler(fqn, method, entry, file, Handler.Kind.FRAMEWORK, runtime, startup);
    }

    /** Annotated itself, or overriding a method annotated so in a project supertype (a generated API interface). */
    private boolean mapped(MethodDeclaration method, String fqn, List<String> annotations) {
        if (names.annotated(method, annotations)) {
            return true;
        }
        for (String ancestor : index.ancestry(fqn)) {
            if (!ancestor.equals(fqn)) {
                for (MethodDeclaration other : index.methodsNamed(ancestor, method.getNameAsString())) {
                    if (other.getParameters().size() == method.getParameters().size()
                            && names.annotated(other, annotations)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The nearest declaration with a body of a method of that name, in the class or its project superclasses. */
    private Optional<MethodDeclaration> declared(String fqn, String method) {
        for (String owner = fqn; owner != null; owner = index.superclass(owner).orElse(null)) {
            Optional<MethodDeclaration> found = index.methodsNamed(owner, method).stream()
                    .filter(m -> m.getBody().isPresent() && !m.isStatic()).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The method a framework calls on an object of a class implementing one of the functional interfaces. */
    private Optional<MethodDeclaration> functionalMethod(String fqn, Map<String, String> functions) {
        for (String ancestor : index.possibleAncestors(fqn)) {
            String method = functions.get(ancestor);
            if (method != null) {
                return declared(fqn, method);
            }
        }
        return Optional.empty();
    }

    /** The method the framework calls on what the bean method returns, when its return type is a function. */
    private String functionMethod(MethodDeclaration bean, Map<String, String> functions) {
        if (!(bean.getType() instanceof ClassOrInterfaceType returned)) {
            return null;
        }
        for (String meaning : names.meanings(returned.getNameWithScope(), bean)) {
            if (functions.containsKey(meaning)) {
                return functions.get(meaning);
            }
        }
        return null;
    }

    private record Function(Node entry, String runtimeType) {
    }

    /**
     * What a function bean returns, where its per-invocation code is: a lambda; a method reference to project code;
     * a new object of an anonymous or project class, whose functional method runs. The bean method itself runs once.
     */
    private Optional<Function> returnedFunction(MethodDeclaration bean, String owner, String method) {
        CodeUnit beanUnit = calls.unit(bean, owner, owner);
        for (ReturnStmt ret : Trees.findAll(bean, ReturnStmt.class)) {
            if (!returnsFrom(ret, bean) || ret.getExpression().isEmpty()) {
                continue;
            }
            Optional<Function> function = function(ret.getExpression().get(), beanUnit, owner, method, 0);
            if (function.isPresent()) {
                return function;
            }
        }
        return Optional.empty();
    }

    private Optional<Function> function(Expression returned, CodeUnit beanUnit, String owner, String method,
                                        int depth) {
        Expression e = returned;
        while (e instanceof EnclosedExpr || e instanceof CastExpr) {
            e = e instanceof EnclosedExpr en ? en.getInner() : ((CastExpr) e).getExpression();
        }
        if (e instanceof LambdaExpr lambda) {
            return Optional.of(new Function(lambda, owner));
        }
        if (e instanceof MethodReferenceExpr reference) {
            return calls.targets(reference, beanUnit).stream()
                    .filter(u -> u.declaration() instanceof MethodDeclaration).findFirst()
                    .map(u -> new Function(u.declaration(), u.thisType()));
        }
        if (e instanceof ObjectCreationExpr creation) {
            if (creation.getAnonymousClassBody().isPresent()) {
                return creation.getAnonymousClassBody().get().stream()
                        .filter(b -> b instanceof MethodDeclaration m && m.getNameAsString().equals(method)
                                && m.getBody().isPresent())
                        .findFirst().map(m -> new Function(m, owner));
            }
            return calls.typeName(creation.getType(), creation).filter(index::contains)
                    .flatMap(t -> declared(t, method).map(m -> new Function(m, t)));
        }
        if (e instanceof NameExpr name && depth < 4) {
            return calls.declarationOf(name, beanUnit)
                    .filter(d -> d instanceof VariableDeclarator v && v.findAncestor(MethodDeclaration.class)
                            .orElse(null) == beanUnit.declaration())
                    .flatMap(d -> ((VariableDeclarator) d).getInitializer())
                    .flatMap(init -> function(init, beanUnit, owner, method, depth + 1));
        }
        return Optional.empty();
    }

    /** Whether the return statement returns from the method itself, not from a lambda or class inside it. */
    private static boolean returnsFrom(ReturnStmt ret, MethodDeclaration method) {
        for (Node n = ret.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n == method) {
                return true;
            }
            if (n instanceof LambdaExpr || n instanceof TypeDeclaration<?> || n instanceof ObjectCreationExpr
                    || n instanceof MethodDeclaration) {
                return false;
            }
        }
        return false;
    }

    /** The framework's start-up in this project: its bean and init methods, its singletons' construction. */
    Startup startup(FrameworkStartup spec) {
        List<CodeUnit> units = new ArrayList<>();
        Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        index.types().forEach((fqn, type) -> {
            if (!(type instanceof ClassOrInterfaceDeclaration c) || c.isInterface()) {
                return;
            }
            boolean singletonOwner = names.annotated(c, spec.singletonMethods().classAnnotations());
            for (MethodDeclaration m : c.getMethods()) {
                if (m.getBody().isEmpty()) {
                    continue;
                }
                boolean beanMethod = names.annotated(m, spec.singletonMethods().methodAnnotations());
                if (beanMethod && singletonOwner) {
                    kept.add(m);
                }
                if (beanMethod || names.annotated(m, spec.initMethods())) {
                    units.add(calls.unit(m, fqn, fqn));
                }
            }
            if (!c.isAbstract() && names.annotated(c, spec.singletonClasses())) {
                units.addAll(calls.construction(fqn, -1, fqn));
            }
        });
        return units.isEmpty() && kept.isEmpty() ? Startup.NONE : new Startup(units, kept);
    }

    /**
     * Every type the code names in full: its single-type imports (and static imports' owners), its supertypes,
     * qualified names written in the code, and, where a package is imported on demand, each name that could be in it.
     */
    private Set<String> referencedTypes() {
        Set<String> referenced = new LinkedHashSet<>();
        Set<SourceFile> files = new LinkedHashSet<>();
        for (String fqn : index.types().keySet()) { // told by what each file declares and writes: no tree is read
            files.add(index.sourceOf(fqn));
            referenced.addAll(index.possibleAncestors(fqn));
        }
        for (SourceFile file : files) {
            TypeResolver imports = index.resolver(file);
            referenced.addAll(imports.importedNames());
            List<String> onDemand = imports.onDemandImports();
            for (String name : file.declarations().written().types()) {
                if (name.contains(".")) {
                    referenced.add(name);
                }
                for (String pkg : onDemand) {
                    referenced.add(pkg + "." + name);
                }
            }
            for (String annotation : file.declarations().written().annotations()) {
                for (String pkg : onDemand) {
                    referenced.add(pkg + "." + annotation);
                }
            }
        }
        return referenced;
    }

    private TypeDeclaration<?> enclosingIndexed(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && index.nameOf(type) != null) {
                return type;
            }
        }
        throw new IllegalStateException("code outside any indexed type");
    }
}
