package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import dev.lambdalint.source.SourceFile;

/**
 * A Lambda entry point: the class the runtime (or a framework) runs and the code it calls on each invocation.
 * {@code entry} is a method, which may be declared in a project superclass of the handler class, or, for a function
 * a framework bean returns, a lambda; {@code runtimeType} is the class of the object the entry runs on.
 * {@code startup} is what the framework runs once per execution environment ({@link Startup#NONE} for the Lambda
 * runtime's own handlers).
 */
public record Handler(String type, String method, Node entry, SourceFile file, Kind kind, String runtimeType,
                      Startup startup) {

    /** How the handler was found. */
    public enum Kind {
        /** a class implementing the runtime's RequestHandler or RequestStreamHandler */
        INTERFACE,
        /** named by a deployment template */
        CONFIGURED,
        /** code a framework calls per invocation: a request-mapped method, a function bean */
        FRAMEWORK,
        /** a public method taking the Lambda Context last, which the runtime can call without any interface */
        PLAIN
    }

    public Handler {
        runtimeType = runtimeType == null ? type : runtimeType;
        startup = startup == null ? Startup.NONE : startup;
    }

    public Handler(String type, String method, Node entry, SourceFile file, Kind kind) {
        this(type, method, entry, file, kind, type, Startup.NONE);
    }

    /**
     * The same handler: its entry is the same node, not an equal one (JavaParser compares and hashes nodes by their
     * whole subtree, and two identical methods are two entries).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Handler h && h.entry == entry && h.type.equals(type) && h.method.equals(method)
                && java.util.Objects.equals(h.file, file) && h.kind == kind && h.runtimeType.equals(runtimeType)
                && h.startup.equals(startup);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + method.hashCode()) * 31 + System.identityHashCode(entry);
    }

    /** "com.acme.OrderHandler::handleRequest", the handler string a template would use. */
    public String id() {
        return type + "::" + method;
    }
}
