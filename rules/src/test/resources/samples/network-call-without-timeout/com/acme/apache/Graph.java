package com.acme.apache;

/** Stands for a generated dependency-injection component: what it returns is built out of sight. */
public interface Graph {
    static InjectedCoverage injectedCoverage() {
        return GraphHolder.component().coverage();
    }

    InjectedCoverage coverage();
}
