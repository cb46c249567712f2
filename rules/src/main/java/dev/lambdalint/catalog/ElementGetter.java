package dev.lambdalint.catalog;

/**
 * A library method that returns a value of one of its receiver's type arguments: {@code Map.Entry.getValue()}
 * returns the entry's second type argument ({@code typeArgument} counts from 0).
 */
public record ElementGetter(String type, String method, int typeArgument) {

    boolean covers(String fqn, String name) {
        return method.equals(name) && TypePattern.of(type).matches(fqn);
    }
}
