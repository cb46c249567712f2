package dev.lambdalint.model;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.Trees;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the declaration a simple name refers to: a local or parameter first, then a field of the class. */
final class Variables {
    private final ProjectIndex index;
    private final Map<Node, Map<String, List<Node>>> declared = new IdentityHashMap<>();

    Variables(ProjectIndex index) {
        this.index = index;
    }

    /** A declared variable: its type as written, its initializer if any, and whether it is a field. */
    record Variable(String name, Type type, Optional<Expression> initializer, boolean field, Node declaration,
                    String ownerType) {
    }

    Optional<Variable> lookup(String name, Node usage, String thisType) {
        Optional<Variable> local = local(name, usage);
        return local.isPresent() ? local : field(name, usage, thisType);
    }

    Optional<Variable> local(String name, Node usage) {
        Node root = scopeRoot(usage);
        if (root == null) {
            return Optional.empty();
        }
        Position at = usage.getBegin().orElse(null);
        Variable best = null;
        for (Node declared : declaredIn(root).getOrDefault(name, List.of())) {
            if (declared instanceof Parameter p) {
                if (before(p, at)) {
                    best = new Variable(name, p.getType(), Optional.empty(), false, p, null);
                }
            } else if (declared instanceof VariableDeclarator v && before(v, at)
                    && (best == null || after(v, best.declaration()))) {
                best = new Variable(name, v.getType(), v.getInitializer(), false, v, null);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The parameters, then the local variables, that a method, initializer or field declares, by name, each in
     * the order of the code. Looked up for every name a rule resolves: found once per scope, not per lookup.
     */
    private synchronized Map<String, List<Node>> declaredIn(Node root) {
        return declared.computeIfAbsent(root, r -> {
            List<Parameter> parameters = new ArrayList<>();
            List<VariableDeclarator> variables = new ArrayList<>();
            Trees.walk(r, n -> { // one walk for both kinds
                if (n instanceof Parameter p) {
                    parameters.add(p);
                } else if (n instanceof VariableDeclarator v) {
                    variables.add(v);
                }
            });
            Map<String, List<Node>> byName = new HashMap<>();
            for (Parameter p : parameters) {
                byName.computeIfAbsent(p.getNameAsString(), k -> new ArrayList<>(1)).add(p);
            }
            for (VariableDeclarator v : variables) {
                if (!(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                    byName.computeIfAbsent(v.getNameAsString(), k -> new ArrayList<>(1)).add(v);
                }
            }
            return byName;
        });
    }

    /** A field named so in the enclosing types of the usage or in the hierarchy of the object's class. */
    Optional<Variable> field(String name, Node usage, String thisType) {
        for (Node n = usage; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type && index.nameOf(type) != null) {
                Optional<Variable> found = fieldInHierarchy(name, index.nameOf(type));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return thisType == null ? Optional.empty() : fieldInHierarchy(name, thisType);
    }

    Optional<Variable> fieldInHierarchy(String name, String type) {
        for (String owner : index.ancestry(type)) {
            Declarations.DeclaredType declared = index.declared(owner);
            if (declared == null || !declared.fieldNames().contains(name)) {
                continue; // told by the declarations: the type's tree is not read
            }
            Optional<TypeDeclaration<?>> declaration = index.type(owner);
            Optional<VariableDeclarator> field = index.fieldNamed(declaration.get(), name);
            if (field.isPresent()) {
                VariableDeclarator v = field.get();
                return Optional.of(new Variable(name, v.getType(), v.getInitializer(), true, v, owner));
            }
        }
        return Optional.empty();
    }

    private static Node scopeRoot(Node usage) {
        for (Node n = usage; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> || n instanceof InitializerDeclaration
                    || n instanceof FieldDeclaration) {
                return n;
            }
            if (n instanceof TypeDeclaration<?>) {
                return null;
            }
        }
        return null;
    }

    private static boolean before(Node declaration, Position usage) {
        return usage == null || declaration.getBegin().map(p -> p.isBeforeOrEqual(usage)).orElse(true);
    }

    private static boolean after(Node a, Node b) {
        return a.getBegin().flatMap(pa -> b.getBegin().map(pb -> pa.isAfter(pb))).orElse(false);
    }
}
