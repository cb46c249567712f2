package dev.lambdalint.model;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.source.ProjectIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Lambda handlers: concrete classes that implement the runtime's handler interfaces, directly or
 * through project superclasses, interfaces and generic abstract bases. Handlers named elsewhere (deployment
 * templates) come in through {@link #configured}.
 */
public final class HandlerFinder {
    static final Set<String> HANDLER_INTERFACES = Set.of(
            "com.amazonaws.services.lambda.runtime.RequestHandler",
            "com.amazonaws.services.lambda.runtime.RequestStreamHandler");
    static final String ENTRY = "handleRequest";

    private final ProjectIndex index;

    public HandlerFinder(ProjectIndex index) {
        this.index = index;
    }

    public List<Handler> implementations() {
        List<Handler> handlers = new ArrayList<>();
        index.types().forEach((fqn, type) -> {
            if (isConcreteClass(type) && index.possibleAncestors(fqn).stream().anyMatch(HANDLER_INTERFACES::contains)) {
                configured(fqn, ENTRY).ifPresent(handlers::add);
            }
        });
        return handlers;
    }

    /**
     * The handlers found, then each one a deployment names ({@code com.acme.Jobs::nightly}) that the sources
     * declare, whatever it implements; each handler once. A named class or method the sources lack is left out:
     * it may live in a dependency or another module.
     */
    public List<Handler> withConfigured(List<Handler> found, List<HandlerName> named) {
        Map<String, Handler> byId = new LinkedHashMap<>();
        found.forEach(h -> byId.putIfAbsent(h.id(), h));
        for (HandlerName name : named) {
            configured(name.type(), name.method()).ifPresent(h -> byId.putIfAbsent(h.id(), h));
        }
        return List.copyOf(byId.values());
    }

    /** The handler for "type::method" when the project declares that method with a body, here or in a superclass. */
    public Optional<Handler> configured(String type, String method) {
        for (String owner = type; owner != null; owner = index.superclass(owner).orElse(null)) {
            Optional<TypeDeclaration<?>> declaration = index.type(owner);
            if (declaration.isEmpty()) {
                break;
            }
            for (MethodDeclaration candidate : declaration.get().getMethodsByName(method)) {
                if (candidate.getBody().isPresent()) {
                    return Optional.of(new Handler(type, method, candidate, index.fileOf(declaration.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isConcreteClass(TypeDeclaration<?> type) {
        return type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract();
    }
}
