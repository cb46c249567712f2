package dev.lambdalint.analysis;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.SyntaxIndex;
import dev.lambdalint.source.Written;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collection fields as the whole project uses them: which field a receiver reaches (through views such as
 * {@code keySet()} or {@code asMap()}, and a local alias), the calls that remove from a field, and every value
 * assigned to it. Each scanned once, lazily (the values assigned, for one field name at a time).
 */
public final class CollectionFields {
    private final InvocationModel model;
    private final ProjectIndex index;
    private final CollectionCatalog catalog;
    private final Map<VariableDeclarator, List<MethodCallExpr>> removals = new IdentityHashMap<>();
    private final Set<String> shrunkByName = new HashSet<>();
    private final Set<String> scanned = new HashSet<>();
    private final Set<String> resolvedNames = new HashSet<>();
    private final Map<VariableDeclarator, List<Expression>> assigned = new IdentityHashMap<>();

    public CollectionFields(InvocationModel model, CollectionCatalog catalog) {
        this.model = model;
        this.index = model.index();
        this.catalog = catalog;
    }

    public Optional<FieldRef> field(Expression receiver, String thisType) {
        return model.fields().of(naming(receiver), thisType);
    }

    /** The expression that names the collection a call's receiver is: views and a local alias looked through. */
    public Expression naming(Expression receiver) {
        Expression target = withoutViews(receiver);
        if (target instanceof NameExpr name) {
            Optional<Expression> alias = model.fields().localInitializer(name);
            if (alias.isPresent()) {
                return withoutViews(alias.get());
            }
        }
        return target;
    }

    /** The initializer and every value assigned to the field anywhere in the project. */
    public List<Expression> builtFrom(FieldRef field) {
        List<Expression> built = new ArrayList<>();
        field.variable().getInitializer().ifPresent(built::add);
        built.addAll(assigned(field));
        return built;
    }

    /**
     * The values assigned to the field, in the project's order. Only assignments to a name the field has can be to
     * it: those are resolved, once per name, when a field of that name is first asked for.
     */
    private List<Expression> assigned(FieldRef field) {
        String name = field.name();
        if (resolvedNames.add(name)) {
            for (AssignExpr assign : index.syntax().assignmentsTo(name)) {
                index.enclosingTypeName(assign).flatMap(t -> model.fields().of(assign.getTarget(), t))
                        .ifPresent(f -> assigned.computeIfAbsent(f.variable(), k -> new ArrayList<>())
                                .add(assign.getValue()));
            }
        }
        return assigned.getOrDefault(field.variable(), List.of());
    }

    /** The calls anywhere in the project that remove entries from the field, whoever runs them, in no set order. */
    public List<MethodCallExpr> removals(FieldRef field) {
        scan(field.name());
        return removals.getOrDefault(field.variable(), List.of());
    }

    /**
     * Whether code removes from a field of this name on an object whose type is not known here
     * ({@code other.cache.clear()}): it may be this field.
     */
    public boolean maybeRemovedElsewhere(FieldRef field) {
        scan(field.name());
        return shrunkByName.contains(field.name());
    }

    /**
     * Finds the removals from fields of the name: only files whose calls' receivers can come down to the name are
     * read ({@link Written#receivers}).
     */
    private void scan(String name) {
        if (!scanned.add(name)) {
            return;
        }
        Set<String> shrinking = new TreeSet<>();
        catalog.families().forEach(f -> shrinking.addAll(f.shrinks()));
        SyntaxIndex syntax = index.syntax();
        for (String removal : shrinking) {
            for (MethodCallExpr call : syntax.callsNamed(removal, w -> w.receivers().contains(name))) {
                call.getScope().ifPresent(receiver -> removedFrom(receiver, call, name));
            }
        }
    }

    private void removedFrom(Expression receiver, MethodCallExpr call, String name) {
        Optional<FieldRef> field = index.enclosingTypeName(receiver).flatMap(t -> field(receiver, t));
        if (field.isPresent()) {
            if (field.get().name().equals(name)) {
                removals.computeIfAbsent(field.get().variable(), k -> new ArrayList<>()).add(call);
            }
        } else if (withoutViews(receiver) instanceof FieldAccessExpr access
                && !(access.getScope() instanceof ThisExpr) && access.getNameAsString().equals(name)) {
            shrunkByName.add(name); // other.cache.clear(): the object's type is unknown here
        }
    }

    private Expression withoutViews(Expression receiver) {
        Expression target = receiver;
        while (target instanceof MethodCallExpr call && call.getScope().isPresent()
                && catalog.views().contains(call.getNameAsString())) {
            target = call.getScope().get();
        }
        return target;
    }
}
