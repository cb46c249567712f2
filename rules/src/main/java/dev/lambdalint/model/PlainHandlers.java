package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Relevance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handlers the Lambda Java runtime can call with no interface: a public method whose last parameter is the
 * runtime's {@code Context}, or whose only parameter is an event class of {@code aws-lambda-java-events} (the
 * runtime also calls a method of one parameter, and those classes exist only to receive Lambda's events: a
 * {@code processRecords(KinesisEvent)} named by a deployment lambda-lint does not read, Terraform), of a public
 * concrete class. As the runtime interface client loads them
 * ({@code EventHandlerLoader}): it looks among the class's public methods, inherited ones included, takes at most
 * three parameters ({@code InputStream, OutputStream, Context} for three), calls a static method with no instance,
 * and builds an instance with the public no-argument constructor for any other, which an inner (non-static nested)
 * class cannot have.
 */
final class PlainHandlers {
    /** The event classes of aws-lambda-java-events (their nested record classes and models are not events). */
    static final String LAMBDA_EVENTS = Relevance.LAMBDA_EVENTS_PACKAGE + ".*";

    private final ProjectIndex index;
    private final TypeNames names;

    PlainHandlers(ProjectIndex index, TypeNames names) {
        this.index = index;
        this.names = names;
    }

    /** Each handler method of the type by name: the one the runtime would pick, nearest declaration first. */
    List<MethodDeclaration> of(String fqn) {
        if (!mayHaveHandlers(fqn)) {
            return List.of();
        }
        TypeDeclaration<?> type = index.type(fqn).orElse(null);
        if (!(type instanceof ClassOrInterfaceDeclaration c) || !loadable(c)) {
            return List.of();
        }
        boolean instantiable = hasPublicNoArgConstructor(c);
        Map<String, MethodDeclaration> byName = new LinkedHashMap<>();
        for (String owner = fqn; owner != null; owner = index.superclass(owner).orElse(null)) {
            TypeDeclaration<?> declaring = index.type(owner).orElse(null);
            if (declaring == null) {
                break;
            }
            for (MethodDeclaration method : declaring.getMethods()) {
                if (callable(method) && (method.isStatic() || instantiable)
                        && !byName.containsKey(method.getNameAsString())) {
                    byName.put(method.getNameAsString(), method);
                }
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Whether the class or a project superclass declares a method of a handler's shape in a file that can name the
     * runtime's types (importing or writing its package): no parameter type means the runtime's {@code Context} or
     * an event class otherwise. Told by what the files declare, so that other classes' trees are not read.
     */
    private boolean mayHaveHandlers(String fqn) {
        if (index.declaresLambdaRuntime()) {
            return true; // the runtime's own types are project types: the files' imports do not tell
        }
        for (String owner = fqn; owner != null; owner = index.superclass(owner).orElse(null)) {
            Declarations.DeclaredType declared = index.declared(owner);
            if (declared == null) {
                break;
            }
            if (declared.handlerShaped() && index.sourceOf(owner).declarations().namesLambdaRuntime()) {
                return true;
            }
        }
        return false;
    }

    /** A public concrete class the runtime can load by name: top level, or a public static nested class. */
    private static boolean loadable(ClassOrInterfaceDeclaration c) {
        if (c.isInterface() || c.isAbstract() || !c.isPublic() || c.isLocalClassDeclaration()) {
            return false;
        }
        Optional<Node> parent = c.getParentNode();
        if (parent.isPresent() && parent.get() instanceof TypeDeclaration<?> outer) {
            return c.isStatic() && outer.isPublic();
        }
        return true;
    }

    private static boolean hasPublicNoArgConstructor(ClassOrInterfaceDeclaration c) {
        if (c.getConstructors().isEmpty()) {
            return true; // the implicit constructor is as public as the class
        }
        return c.getConstructors().stream().anyMatch(k -> k.isPublic() && k.getParameters().isEmpty());
    }

    private boolean callable(MethodDeclaration method) {
        NodeList<Parameter> parameters = method.getParameters();
        if (!method.isPublic() || method.getBody().isEmpty() || parameters.isEmpty() || parameters.size() > 3) {
            return false;
        }
        if (parameters.size() == 1 && names.means(parameters.get(0).getType(), method, List.of(LAMBDA_EVENTS))) {
            return true;
        }
        if (!names.isLambdaContext(parameters.getLast().get().getType(), method)) {
            return false;
        }
        if (parameters.size() == 3) {
            return names.means(parameters.get(0).getType(), method, List.of("java.io.InputStream"))
                    && names.means(parameters.get(1).getType(), method, List.of("java.io.OutputStream"));
        }
        return parameters.size() == 1 || !names.isLambdaContext(parameters.get(0).getType(), method);
    }
}
