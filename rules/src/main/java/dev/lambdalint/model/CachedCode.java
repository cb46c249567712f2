package dev.lambdalint.model;

import com.github.javaparser.ast.Node;

/** Code of {@code unit} that runs once per object, its result kept in the object's {@code field}. */
public record CachedCode(CodeUnit unit, Node code, FieldRef field) {
}
