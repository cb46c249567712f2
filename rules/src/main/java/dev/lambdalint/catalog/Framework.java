package dev.lambdalint.catalog;

import java.util.List;

/**
 * A framework that runs project code for Lambda without the project implementing a handler interface: how its
 * presence is recognised, which project methods it calls per invocation, and what it runs once at start-up.
 *
 * @param name        for the README and debugging ("Spring Boot on aws-serverless-java-container")
 * @param presentWith what shows the framework runs the project on Lambda
 * @param entries     the project code it calls on every invocation
 * @param startup     what it runs once per execution environment
 */
public record Framework(String name, FrameworkPresence presentWith, List<FrameworkEntry> entries,
                        FrameworkStartup startup) {

    public Framework {
        presentWith = presentWith == null ? new FrameworkPresence(null, null) : presentWith;
        entries = Copies.listOrEmpty(entries);
        startup = startup == null ? FrameworkStartup.NONE : startup;
    }
}
