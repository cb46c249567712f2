package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.lambdalint.source.Declarations;
import dev.lambdalint.source.ProjectIndex;
import dev.lambdalint.source.TypeResolver;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fields as the rules need them: which field an expression names, which types a declaration may denote, and
 * which fields keep their value from one invocation to the next. Those are static fields, and instance fields
 * of an object that lives as long as the execution environment: the handler object, the constants of an enum
 * (an enum singleton), and any object that one of those, or a static field, keeps in a field (transitively).
 */
public final class Fields {
    private final ProjectIndex index;
    private final CallResolver calls;
    private final Variables variables;
    private final Map<String, Set<String>> longLived = new HashMap<>();
    private Set<String> keptByStatics;

    Fields(ProjectIndex index, CallResolver calls) {
        this.index = index;
        this.calls = calls;
        this.variables = new Variables(index);
    }

    /** The project field an expression names in code running on a {@code thisType} object, if it names one. */
    public Optional<FieldRef> of(Expression expression, String thisType) {
        if (expression instanceof EnclosedExpr enclosed) {
            return of(enclosed.getInner(), thisType);
        }
        Optional<Variables.Variable> field = Optional.empty();
        if (expression instanceof NameExpr name && variables.local(name.getNameAsString(), name).isEmpty()) {
            String id = name.getNameAsString();
            field = variables.field(id, name, thisType);
            for (String owner : index.resolver(name).staticImportOwners(id)) {
                if (field.isEmpty() && index.contains(owner)) {
                    field = variables.fieldInHierarchy(id, owner);
                }
            }
        } else if (expression instanceof FieldAccessExpr access) {
            Optional<String> owner = access.getScope() instanceof ThisExpr ? Optional.of(thisType)
                    : calls.staticTypeReference(access.getScope(), null);
            field = owner.flatMap(o -> variables.fieldInHierarchy(access.getNameAsString(), o));
        }
        return field.filter(v -> v.declaration() instanceof VariableDeclarator)
                .map(v -> new FieldRef((VariableDeclarator) v.declaration(), v.ownerType(),
                        index.ancestry(thisType).contains(v.ownerType()) ? thisType : v.ownerType()));
    }

    /** The initializer of the local variable a name refers to, when it is a local that has one. */
    public Optional<Expression> localInitializer(NameExpr name) {
        return variables.local(name.getNameAsString(), name).flatMap(Variables.Variable::initializer);
    }

    /** The type a declared type resolves to, or when that is unknown every type its name could mean there. */
    public List<String> typeCandidates(Type type, Node context) {
        if (!(type instanceof ClassOrInterfaceType c)) {
            return List.of();
        }
        TypeResolver resolver = index.resolver(context);
        String written = c.getNameWithScope();
        return resolver.resolve(written, context).map(List::of).orElseGet(() -> resolver.candidates(written, context));
    }

    /** Whether the field's value survives from one invocation of the handler to the next. */
    public boolean outlivesInvocation(FieldRef field, Handler handler) {
        return field.isStatic() || longLivedTypes(handler).contains(field.holderType())
                || keptByStatics.contains(field.holderType());
    }

    /**
     * The types whose objects live as long as the execution environment for this handler: the handler's class and
     * what static fields hold, and, transitively, what their instance fields hold. What static fields keep is the
     * same for every handler and worked out once; each handler adds only what its own class keeps beyond it.
     */
    private Set<String> longLivedTypes(Handler handler) {
        if (keptByStatics == null) {
            keptByStatics = new java.util.HashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            for (String fqn : index.types().keySet()) { // told by the declarations: no tree is read
                if (index.declared(fqn).modifiers().isEnum()) {
                    keep(fqn, keptByStatics, queue); // its constants are static: an enum singleton lives on
                }
                keptByFields(fqn, true, keptByStatics, queue);
            }
            close(keptByStatics, queue, Set.of());
        }
        return longLived.computeIfAbsent(handler.type(), type -> {
            Set<String> kept = new java.util.HashSet<>();
            ArrayDeque<String> queue = new ArrayDeque<>();
            if (!keptByStatics.contains(type)) {
                keep(type, kept, queue);
            }
            close(kept, queue, keptByStatics);
            return kept;
        });
    }

    /** Adds what the instance fields of the queued types hold; types in {@code done} are closed already. */
    private void close(Set<String> kept, ArrayDeque<String> queue, Set<String> done) {
        while (!queue.isEmpty()) {
            String next = queue.poll();
            if (done.contains(next)) {
                continue;
            }
            for (String owner : index.ancestry(next)) {
                if (index.contains(owner)) {
                    keptByFields(owner, false, kept, queue);
                }
            }
        }
        kept.removeAll(done);
    }

    /** Keeps the project types the type's static or instance fields are declared with, and their subtypes. */
    private void keptByFields(String type, boolean statics, Set<String> kept, ArrayDeque<String> queue) {
        for (Declarations.FieldType field : index.declared(type).fields()) {
            if (field.isStatic() == statics) {
                index.resolveDeclared(field.written(), type).filter(index::contains).ifPresent(t -> {
                    keep(t, kept, queue);
                    index.subtypes(t).forEach(s -> keep(s, kept, queue));
                });
            }
        }
    }

    private static void keep(String type, Set<String> kept, ArrayDeque<String> queue) {
        if (kept.add(type)) {
            queue.add(type);
        }
    }
}
