package dev.lambdalint.catalog;

/**
 * An object that is expensive to build and safe to reuse across invocations (an ObjectMapper, a JAXBContext,
 * a compiled Pattern), as the catalog describes it.
 *
 * @param construction             how it gets built; its {@code family} names the library ("Jackson")
 * @param cost                     what building it costs, for messages
 * @param onlyWithConstantArgument whether only a construction whose first argument is a constant counts
 *                                 ({@code Pattern.compile(regex)} of a per-call regex cannot be hoisted)
 */
public record ReusableObject(ClientFamily construction, String cost, boolean onlyWithConstantArgument) {
}
