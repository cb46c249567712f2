package dev.lambdalint.source;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * An immutable set of names held as one sorted array: the declarations of thousands of files are held for a whole
 * analysis, and a hash set costs several objects per name.
 */
public final class NameSet extends AbstractSet<String> {
    private static final NameSet EMPTY = new NameSet(new String[0]);

    private final String[] names;

    private NameSet(String[] names) {
        this.names = names;
    }

    /** The distinct names, each taken through {@code shared} (the analysis's one copy of a string). */
    public static NameSet of(Collection<String> names, UnaryOperator<String> shared) {
        if (names.isEmpty()) {
            return EMPTY;
        }
        TreeSet<String> sorted = new TreeSet<>();
        names.forEach(n -> sorted.add(shared.apply(n)));
        return new NameSet(sorted.toArray(String[]::new));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String name && Arrays.binarySearch(names, name) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(names).iterator();
    }

    @Override
    public int size() {
        return names.length;
    }
}
