package dev.lambdalint.catalog;

import java.util.List;

/**
 * What a framework runs once per execution environment, when it starts: none of it is per-invocation code, and all
 * of it runs in the environment (for the rules asking what runs at all).
 *
 * @param singletonMethods methods whose result the framework keeps: a call from per-invocation code returns the
 *                         kept object instead of running the method again (Spring's {@code @Bean} methods of a
 *                         {@code @Configuration} class)
 * @param initMethods      annotations of methods the framework calls once after building a component
 * @param singletonClasses annotations of classes the framework builds once: their construction runs at start-up
 */
public record FrameworkStartup(AnnotatedMethods singletonMethods, List<String> initMethods,
                               List<String> singletonClasses) {
    public static final FrameworkStartup NONE = new FrameworkStartup(null, null, null);

    public FrameworkStartup {
        singletonMethods = singletonMethods == null ? new AnnotatedMethods(null, null) : singletonMethods;
        initMethods = Copies.listOrEmpty(initMethods);
        singletonClasses = Copies.listOrEmpty(singletonClasses);
    }

    /** Methods carrying one of {@code methodAnnotations} in classes carrying one of {@code classAnnotations}. */
    public record AnnotatedMethods(List<String> classAnnotations, List<String> methodAnnotations) {
        public AnnotatedMethods {
            classAnnotations = Copies.listOrEmpty(classAnnotations);
            methodAnnotations = Copies.listOrEmpty(methodAnnotations);
        }
    }
}
