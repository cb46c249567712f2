package dev.lambdalint.catalog;

import java.util.List;

/**
 * What shows that a framework runs the project on Lambda: one of its types named by the project's code (imported,
 * extended, written in full) or as a template's handler, or one of its libraries among the build's dependencies.
 * A look-alike (a Spring {@code @RestController} in an application that is no Lambda function) stays quiet.
 *
 * @param types     fully qualified names of the framework's Lambda adapter types
 * @param libraries {@code groupId:artifactId} of the framework's Lambda adapter libraries
 */
public record FrameworkPresence(List<String> types, List<String> libraries) {

    public FrameworkPresence {
        types = Copies.listOrEmpty(types);
        libraries = Copies.listOrEmpty(libraries);
    }
}
