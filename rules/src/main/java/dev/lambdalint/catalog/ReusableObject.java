package dev.lambdalint.catalog;

import java.util.List;

/**
 * An object that is expensive to build and safe to reuse across invocations (an ObjectMapper, a JAXBContext,
 * a compiled Pattern), as the catalog describes it.
 *
 * @param construction             how it gets built; its {@code family} names the library ("Jackson")
 * @param cost                     what building it costs, for messages
 * @param onlyWithConstantArguments whether only a construction that makes the same object on every call counts:
 *                                  a constant first argument, and no varying value in the others
 *                                  ({@code Pattern.compile(regex)} of a per-call regex cannot be hoisted)
 * @param runsStartupOf             the frameworks (by name) whose start-up the construction runs: starting a Spring
 *                                  application context runs its bean methods and builds its components
 * @param registeredBy              the annotations on the classes a context is started from that say which classes
 *                                  and packages it registers, in precedence order: of several scanning annotations
 *                                  on one class, the first listed decides what it scans
 */
public record ReusableObject(ClientFamily construction, String cost, boolean onlyWithConstantArguments,
                             List<String> runsStartupOf, List<ContextRegistration> registeredBy) {

    public ReusableObject {
        runsStartupOf = Copies.listOrEmpty(runsStartupOf);
        registeredBy = Copies.listOrEmpty(registeredBy);
    }
}
