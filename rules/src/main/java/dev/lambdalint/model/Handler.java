package dev.lambdalint.model;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.lambdalint.source.SourceFile;

/**
 * A Lambda entry point: the class the runtime instantiates and the method it calls on each invocation. The
 * method may be declared in a project superclass of the handler class.
 */
public record Handler(String type, String method, MethodDeclaration entry, SourceFile file) {

    /** "com.acme.OrderHandler::handleRequest", the handler string a template would use. */
    public String id() {
        return type + "::" + method;
    }
}
