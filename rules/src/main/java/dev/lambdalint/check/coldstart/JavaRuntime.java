package dev.lambdalint.check.coldstart;

import dev.lambdalint.deploy.LambdaFunction;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A function's Java runtime as its template writes it ("java21", "java8.al2"), and whether SnapStart runs on it. */
record JavaRuntime(String name, int version) {
    private static final Pattern JAVA = Pattern.compile("java(\\d+)(\\..*)?");
    /** SnapStart supports the Java managed runtimes from Java 11 on. */
    private static final int SNAPSTART_FROM = 11;

    /** Empty for another language, a container image (no runtime) or a runtime not known before deployment. */
    static Optional<JavaRuntime> of(LambdaFunction function) {
        if (function.runtime() == null) {
            return Optional.empty();
        }
        return function.runtime().value().literal().map(String::trim).flatMap(text -> {
            Matcher m = JAVA.matcher(text);
            return m.matches() ? Optional.of(new JavaRuntime(text, Integer.parseInt(m.group(1)))) : Optional.empty();
        });
    }

    boolean supportsSnapStart() {
        return version >= SNAPSTART_FROM;
    }
}
