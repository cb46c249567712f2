package dev.lambdalint.catalog;

import java.util.List;
import java.util.Map;

/**
 * One way a framework finds the project code it calls on each invocation. Every list names types fully qualified.
 *
 * @param kind              {@code annotated-methods}: methods carrying one of {@code methodAnnotations} (here or on
 *                          the method they override) in concrete classes carrying one of {@code classAnnotations};
 *                          {@code subclass-methods}: the {@code methods} of concrete classes extending one of
 *                          {@code superclasses}; {@code function-beans}: what a method carrying one of
 *                          {@code methodAnnotations} returns (a lambda, a method reference, an object), when its
 *                          return type is one of the {@code functions}; {@code function-classes}: the functional
 *                          method of concrete classes implementing one of the {@code functions} and carrying one of
 *                          {@code classAnnotations}
 * @param functions         functional interface to the method the framework calls on it
 *                          ({@code java.util.function.Function} to {@code apply})
 */
public record FrameworkEntry(String kind, List<String> classAnnotations, List<String> methodAnnotations,
                             List<String> superclasses, List<String> methods, Map<String, String> functions) {
    public static final String ANNOTATED_METHODS = "annotated-methods";
    public static final String SUBCLASS_METHODS = "subclass-methods";
    public static final String FUNCTION_BEANS = "function-beans";
    public static final String FUNCTION_CLASSES = "function-classes";
    private static final List<String> KINDS = List.of(ANNOTATED_METHODS, SUBCLASS_METHODS, FUNCTION_BEANS,
            FUNCTION_CLASSES);

    public FrameworkEntry {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown framework entry kind '" + kind + "'; expected one of " + KINDS);
        }
        classAnnotations = Copies.listOrEmpty(classAnnotations);
        methodAnnotations = Copies.listOrEmpty(methodAnnotations);
        superclasses = Copies.listOrEmpty(superclasses);
        methods = Copies.listOrEmpty(methods);
        functions = Copies.mapOrEmpty(functions);
    }
}
