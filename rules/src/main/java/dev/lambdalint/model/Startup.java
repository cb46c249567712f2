package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a framework runs once per execution environment before its first invocation: the units it runs (bean
 * methods, init methods, the construction of its singletons), and the methods whose result it keeps, so that a call
 * to one from per-invocation code returns the kept object rather than running it again.
 */
public final class Startup {
    public static final Startup NONE = new Startup(List.of(), Set.of());

    private final List<CodeUnit> units;
    private final Set<Node> keptResults = Collections.newSetFromMap(new IdentityHashMap<>());

    Startup(List<CodeUnit> units, Set<Node> keptResults) {
        this.units = List.copyOf(units);
        this.keptResults.addAll(keptResults);
    }

    /** The code the framework runs at start-up. */
    public List<CodeUnit> units() {
        return units;
    }

    /** Whether calling this unit from per-invocation code returns an object the framework built once. */
    public boolean keepsResultOf(CodeUnit unit) {
        return keptResults.contains(unit.declaration());
    }
}
