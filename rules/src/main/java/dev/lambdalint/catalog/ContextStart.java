package dev.lambdalint.catalog;

import java.util.List;

/**
 * A construction that starts an application context of a framework ({@code SpringApplication.run(App.class)}), and
 * the start-ups it runs: those of the frameworks its {@link ReusableObject#runsStartupOf()} names, limited to what
 * the classes it is started from register ({@link ReusableObject#registeredBy()}).
 */
public record ContextStart(ClientFamily construction, List<FrameworkStartup> startups,
                           List<ContextRegistration> registeredBy) {

    public ContextStart {
        startups = List.copyOf(startups);
        registeredBy = List.copyOf(registeredBy);
    }
}
