package dev.lambdalint.catalog;

/**
 * An object that is expensive to build and safe to reuse across invocations (an ObjectMapper, a JAXBContext,
 * a compiled Pattern), as the catalog describes it.
 *
 * @param construction             how it gets built; its {@code family} names the library ("Jackson")
 * @param cost                     what building it costs, for messages
 * @param onlyWithConstantArguments whether only a construction that makes the same object on every call counts:
 *                                  a constant first argument, and no varying value in the others
 *                                  ({@code Pattern.compile(regex)} of a per-call regex cannot be hoisted)
 */
public record ReusableObject(ClientFamily construction, String cost, boolean onlyWithConstantArguments) {
}
