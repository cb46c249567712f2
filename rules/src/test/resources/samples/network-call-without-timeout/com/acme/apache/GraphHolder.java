package com.acme.apache;

/** Holds the component the framework generates; the generated class is not part of the sources. */
final class GraphHolder {
    private static Graph component;

    private GraphHolder() {
    }

    static Graph component() {
        return component;
    }
}
