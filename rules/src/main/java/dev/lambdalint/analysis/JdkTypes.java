package dev.lambdalint.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's own types, as the running JDK has them: a JDK type's supertypes are all JDK types, so it never extends
 * a library's. Looked up through the platform class loader (never the application's, which holds lambda-lint's own
 * libraries), without initializing anything.
 */
final class JdkTypes {
    private static final Map<String, Optional<Class<?>>> LOADED = new ConcurrentHashMap<>();

    private JdkTypes() {
    }

    /** The JDK type of that fully qualified name, if the running JDK has one. */
    static Optional<Class<?>> of(String name) {
        return LOADED.computeIfAbsent(name, JdkTypes::load);
    }

    /** {@code java.util.Map.Entry} is the nested class {@code java.util.Map$Entry}: each dot from the end is tried. */
    private static Optional<Class<?>> load(String name) {
        String binary = name;
        for (int dot = binary.lastIndexOf('.'); dot > 0; dot = binary.lastIndexOf('.', dot - 1)) {
            try {
                return Optional.of(Class.forName(binary, false, ClassLoader.getPlatformClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                binary = binary.substring(0, dot) + '$' + binary.substring(dot + 1);
            }
        }
        return Optional.empty();
    }
}
