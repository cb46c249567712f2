package dev.lambdalint.model;

import com.github.javaparser.ast.Node;

/**
 * A syntax node as seen from a code unit, for remembering what was worked out about it there. Nodes are compared by
 * identity: JavaParser's own equality compares whole subtrees, which costs more than the answer being remembered.
 */
public record NodeIn(Node node, CodeUnit unit) {

    @Override
    public boolean equals(Object o) {
        return o instanceof NodeIn other && other.node == node && other.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node) * 31 + unit.hashCode();
    }
}
