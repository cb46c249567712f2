package dev.lambdalint.catalog;

/**
 * A library call or construction whose value is the same on every call when one of its inputs is: reading a
 * classpath resource named by a constant ({@code getClass().getResourceAsStream("/schema.json")}), reading such a
 * stream whole ({@code IOUtils.toString(in, UTF_8)}), parsing such text ({@code new JSONObject(text)}).
 *
 * @param call        the call or construction
 * @param argument    the position of the input whose constness it keeps; null when the input is the receiver
 *                    ({@code in.readAllBytes()})
 * @param anyReceiver whether an instance method matches on any receiver the project does not declare the method of,
 *                    when the receiver's type cannot be told (a library call's result such as
 *                    {@code Thread.currentThread().getContextClassLoader()}); the receiver must then hold no value
 *                    that varies
 */
public record ConstantRead(CallPattern call, Integer argument, boolean anyReceiver) {
}
