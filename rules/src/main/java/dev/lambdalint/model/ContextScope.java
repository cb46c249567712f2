package dev.lambdalint.model;

import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.lambdalint.catalog.ContextRegistration;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an application context started from some sources registers, as Spring reads them: each project class passed
 * to it (or an instance of one, as a Guice module is passed to the injector), the classes those import, and the
 * packages (with subpackages) their component scans cover (the packages and classes a scan names, else the package
 * of the class it is on), then what the components found there register in turn; each package name passed to it.
 * A value the sources do not spell out (a constant from elsewhere, an expression) adds nothing, and a scan that
 * names only such values does not fall back to its class's package: what is reported is what is known to be
 * registered.
 */
final class ContextScope {
    private static final String SEPARATORS = "[,; \t\n]+"; // Spring splits a basePackages string on these

    private final ProjectIndex index;
    private final CallResolver calls;
    private final TypeNames names;
    private final List<ContextRegistration> registrations;
    private final Set<String> classes = new LinkedHashSet<>();
    private final Set<String> packages = new LinkedHashSet<>();

    ContextScope(ProjectIndex index, CallResolver calls, TypeNames names, List<ContextRegistration> registrations) {
        this.index = index;
        this.calls = calls;
        this.names = names;
        this.registrations = registrations;
    }

    /**
     * Adds what the arguments of a context start name: classes, instances of project classes, package names, arrays
     * of them, a local of those.
     */
    ContextScope from(List<Expression> arguments, CodeUnit unit) {
        arguments.forEach(a -> source(a, unit, true));
        return this;
    }

    /**
     * Adds what the components the scans find register in turn (a scanned {@code @Configuration}'s own
     * {@code @Import} and {@code @ComponentScan}), as Spring processes them, until nothing new is found. A class in a
     * scanned package is a component when it carries one of {@code componentAnnotations}.
     */
    ContextScope withScannedComponents(List<String> componentAnnotations) {
        boolean found = true;
        while (found) {
            found = false;
            for (Map.Entry<String, TypeDeclaration<?>> type : index.types().entrySet()) {
                if (!classes.contains(type.getKey()) && scanned(Trees.packageOf(type.getValue()))
                        && names.annotated(type.getValue(), componentAnnotations)) {
                    register(type.getKey());
                    found = true;
                }
            }
        }
        return this;
    }

    boolean isEmpty() {
        return classes.isEmpty() && packages.isEmpty();
    }

    /** Whether the context builds code of the type: a registered class (or one nested in it), a scanned package. */
    boolean covers(String type, String pkg) {
        return classes.stream().anyMatch(c -> type.equals(c) || type.startsWith(c + ".")) || scanned(pkg);
    }

    private boolean scanned(String pkg) {
        return packages.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }

    private void source(Expression argument, CodeUnit unit, boolean throughLocal) {
        if (argument instanceof ClassExpr c) {
            projectClass(c).ifPresent(this::register);
        } else if (argument instanceof ObjectCreationExpr instance && instance.getAnonymousClassBody().isEmpty()) {
            calls.typeName(instance.getType(), instance).filter(index::contains).ifPresent(this::register);
        } else if (argument instanceof StringLiteralExpr literal) {
            packageNames(literal);
        } else if (argument instanceof ArrayCreationExpr array) {
            array.getInitializer().ifPresent(i -> i.getValues().forEach(v -> source(v, unit, throughLocal)));
        } else if (argument instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> source(v, unit, throughLocal));
        } else if (argument instanceof NameExpr name && throughLocal) {
            // Class<?>[] sources = {App.class}: a local's initializer, once (a parameter or field is not followed)
            calls.localInitializer(name, unit).ifPresent(i -> source(i, unit, false));
        }
    }

    private void register(String type) {
        if (!classes.add(type)) {
            return;
        }
        TypeDeclaration<?> declaration = index.type(type).orElseThrow();
        List<AnnotationExpr> annotations = annotationsOf(declaration, new HashSet<>());
        registrations.stream().filter(ContextRegistration::scans)
                .filter(r -> annotations.stream().anyMatch(a -> is(a, r))).findFirst()
                .ifPresent(scan -> scan(annotations, scan, Trees.packageOf(declaration)));
        for (ContextRegistration imports : registrations) {
            for (AnnotationExpr annotation : annotations) {
                if (is(annotation, imports)) {
                    values(annotation, imports.classes()).forEach(v -> {
                        if (v instanceof ClassExpr c) {
                            projectClass(c).ifPresent(this::register);
                        }
                    });
                }
            }
        }
    }

    private void scan(List<AnnotationExpr> annotations, ContextRegistration scan, String ownPackage) {
        for (AnnotationExpr annotation : annotations) {
            if (!is(annotation, scan)) {
                continue;
            }
            List<Expression> named = values(annotation, scan.packages());
            List<Expression> byClass = values(annotation, scan.packageClasses());
            if (named.isEmpty() && byClass.isEmpty()) {
                packages.add(ownPackage);
            }
            named.stream().filter(StringLiteralExpr.class::isInstance)
                    .forEach(v -> packageNames((StringLiteralExpr) v));
            for (Expression value : byClass) {
                if (value instanceof ClassExpr c) {
                    projectClass(c).flatMap(index::type).map(Trees::packageOf).ifPresent(packages::add);
                }
            }
        }
    }

    /** The class's annotations, then those on the project annotation types among them (composed annotations). */
    private List<AnnotationExpr> annotationsOf(TypeDeclaration<?> declaration, Set<String> seen) {
        List<AnnotationExpr> all = new ArrayList<>(declaration.getAnnotations());
        for (AnnotationExpr annotation : declaration.getAnnotations()) {
            for (String type : calls.typeCandidates(annotation.getNameAsString(), annotation)) {
                if (index.contains(type) && seen.add(type)
                        && index.type(type).orElseThrow() instanceof AnnotationDeclaration composed) {
                    all.addAll(annotationsOf(composed, seen));
                }
            }
        }
        return all;
    }

    private boolean is(AnnotationExpr annotation, ContextRegistration registration) {
        return names.means(annotation.getNameAsString(), annotation, List.of(registration.annotation()));
    }

    /** The values written for the attributes, an array's elements one by one; none when none is written. */
    private static List<Expression> values(AnnotationExpr annotation, List<String> attributes) {
        List<Expression> written = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single && attributes.contains("value")) {
            written.add(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (attributes.contains(pair.getNameAsString())) {
                    written.add(pair.getValue());
                }
            }
        }
        List<Expression> values = new ArrayList<>();
        for (Expression value : written) {
            if (value instanceof ArrayInitializerExpr array) {
                values.addAll(array.getValues());
            } else {
                values.add(value);
            }
        }
        return values;
    }

    private Optional<String> projectClass(ClassExpr expression) {
        return calls.typeName(expression.getType(), expression).filter(index::contains);
    }

    private void packageNames(StringLiteralExpr literal) {
        for (String name : literal.asString().trim().split(SEPARATORS)) {
            if (!name.isEmpty()) {
                packages.add(name);
            }
        }
    }
}
