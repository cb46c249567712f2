package dev.lambdalint.model;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.Framework;
import dev.lambdalint.deploy.HandlerName;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SourceFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the Lambda handlers, each once: concrete classes that implement the runtime's handler interfaces (directly
 * or through project superclasses, interfaces and generic abstract bases); handlers a deployment template names;
 * the code frameworks present call per invocation (request-mapped controller methods, function beans); and public
 * methods the runtime can call with no interface, taking its {@code Context} last or only a Lambda event, unless
 * such a method is only a helper that another handler calls.
 */
public final class HandlerFinder {
    static final Set<String> HANDLER_INTERFACES = Set.of(
            "com.amazonaws.services.lambda.runtime.RequestHandler",
            "com.amazonaws.services.lambda.runtime.RequestStreamHandler");
    static final String ENTRY = "handleRequest";

    private final ProjectIndex index;
    private final Catalog catalog;
    private final TypeNames names;

    public HandlerFinder(ProjectIndex index, Catalog catalog) {
        this.index = index;
        this.catalog = catalog;
        this.names = new TypeNames(index);
    }

    /**
     * Every handler, in the order interface, template, framework, plain (the first of one id is kept).
     *
     * @param own       the files whose interface and plain handlers are judged here; the other files of the index
     *                  (a dependency's sources) are followed into, and may hold what a template or framework names
     * @param named     the handlers the deployment templates name
     * @param libraries {@code groupId:artifactId} of the build's dependencies, by which frameworks are recognised
     */
    public List<Handler> find(Predicate<SourceFile> own, List<HandlerName> named, Collection<String> libraries) {
        Map<String, Handler> byId = new LinkedHashMap<>();
        List<Handler> plain = new ArrayList<>();
        PlainHandlers plainHandlers = new PlainHandlers(index, names);
        for (String fqn : index.types().keySet()) { // what each file declares tells which trees to read
            if (!own.test(index.sourceOf(fqn))) {
                continue;
            }
            Declarations.Modifiers type = index.declared(fqn).modifiers();
            if (type.isClass() && !type.isAbstract()
                    && index.possibleAncestors(fqn).stream().anyMatch(HANDLER_INTERFACES::contains)) {
                declared(fqn, ENTRY, Handler.Kind.INTERFACE).ifPresent(h -> byId.putIfAbsent(h.id(), h));
            }
            for (MethodDeclaration method : plainHandlers.of(fqn)) {
                plain.add(new Handler(fqn, method.getNameAsString(), method, fileDeclaring(method), Handler.Kind.PLAIN));
            }
        }
        for (HandlerName name : named) {
            configured(name.type(), name.method()).ifPresent(h -> byId.putIfAbsent(h.id(), h));
        }
        FrameworkEntries frameworks = new FrameworkEntries(index, names, new CallResolver(index));
        for (Framework framework : frameworks.present(catalog.frameworks(),
                named.stream().map(HandlerName::type).toList(), libraries)) {
            frameworks.handlers(framework).forEach(h -> byId.putIfAbsent(h.id(), h));
        }
        plain.forEach(h -> byId.putIfAbsent(h.id(), h));
        return List.copyOf(byId.values());
    }

    /**
     * The invocation model of the handlers, leaving out each plain handler that another handler calls: a public
     * helper taking the Context is reached from the real entry anyway, and is no entry of its own.
     */
    public InvocationModel model(List<Handler> handlers) {
        InvocationModel model = new InvocationModel(index, catalog, handlers);
        Set<String> helpers = handlers.stream().filter(h -> h.kind() == Handler.Kind.PLAIN)
                .filter(model::calledByAnotherHandler).map(Handler::id).collect(Collectors.toSet());
        if (helpers.isEmpty()) {
            return model;
        }
        return new InvocationModel(index, catalog, handlers.stream().filter(h -> !helpers.contains(h.id())).toList());
    }

    /** The handler for "type::method" when the project declares that method with a body, here or in a superclass. */
    public Optional<Handler> configured(String type, String method) {
        return declared(type, method, Handler.Kind.CONFIGURED);
    }

    private Optional<Handler> declared(String type, String method, Handler.Kind kind) {
        for (String owner = type; owner != null; owner = index.superclass(owner).orElse(null)) {
            Optional<TypeDeclaration<?>> declaration = index.type(owner);
            if (declaration.isEmpty()) {
                break;
            }
            for (MethodDeclaration candidate : index.methodsNamed(declaration.get(), method)) {
                if (candidate.getBody().isPresent()) {
                    return Optional.of(new Handler(type, method, candidate, index.fileOf(declaration.get()), kind));
                }
            }
        }
        return Optional.empty();
    }

    private SourceFile fileDeclaring(MethodDeclaration method) {
        return index.enclosingTypeName(method).flatMap(index::type).map(index::fileOf)
                .orElseThrow(() -> new IllegalStateException("method outside any indexed type"));
    }
}
