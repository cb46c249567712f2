package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values INIT keeps: each assignment (or initializer) of a field whose value outlives the invocation, in code
 * that runs during the handler's INIT phase; also a kept generator (re)seeded there, and a kept array filled with
 * random bytes there. And the two ways such a value stops mattering: code that assigns the field again in an
 * {@code afterRestore} hook, or on every invocation.
 */
final class InitStores {

    enum Kind {
        /** The field is given the value. */
        ASSIGNED,
        /** The generator in the field is seeded with the value. */
        SEEDED,
        /** The array in the field is filled by the value, a call. */
        FILLED
    }

    record Store(FieldRef field, Expression value, Reach reach, Kind kind) {
    }

    private final InvocationModel model;
    private final Handler handler;
    private final CallPatterns patterns;
    private final List<CallPattern> seeds;
    private final List<CallPattern> fills;
    private Set<VariableDeclarator> perInvocation;
    private Set<VariableDeclarator> restoredFields;
    private Set<VariableDeclarator> touchedFields;

    InitStores(InvocationModel model, Handler handler, CallPatterns patterns, SnapStartCatalog catalog) {
        this.model = model;
        this.handler = handler;
        this.patterns = patterns;
        this.seeds = catalog.seeds();
        this.fills = catalog.fills();
    }

    List<Store> in(List<Reach> init) {
        List<Store> stores = new ArrayList<>();
        for (Reach reach : init) {
            String thisType = reach.unit().thisType();
            for (Node node : model.allNodes(reach.unit())) {
                if (node instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                    kept(assign.getTarget(), thisType)
                            .ifPresent(f -> stores.add(new Store(f, assign.getValue(), reach, Kind.ASSIGNED)));
                } else if (node instanceof Expression value && initializedField(value, reach).isPresent()) {
                    stores.add(new Store(initializedField(value, reach).get(), value, reach, Kind.ASSIGNED));
                } else if (node instanceof MethodCallExpr call && call.getArguments().size() == 1) {
                    if (call.getScope().isPresent() && patterns.match(call, reach.unit(), seeds).isPresent()) {
                        kept(call.getScope().get(), thisType)
                                .ifPresent(f -> stores.add(new Store(f, call.getArgument(0), reach, Kind.SEEDED)));
                    } else if (patterns.match(call, reach.unit(), fills).isPresent()) {
                        kept(call.getArgument(0), thisType)
                                .ifPresent(f -> stores.add(new Store(f, call, reach, Kind.FILLED)));
                    }
                }
            }
        }
        return stores;
    }

    /** Whether per-invocation code, guarded code included, assigns the field again. */
    boolean reassignedPerInvocation(FieldRef field) {
        if (perInvocation == null) {
            perInvocation = identitySet();
            for (Reach reach : model.reachedBy(handler)) {
                collect(reach, perInvocation, null, false);
            }
        }
        return perInvocation.contains(field.variable());
    }

    /** Whether one of the afterRestore hooks, or what it calls, assigns (or reseeds) the field again. */
    boolean restored(FieldRef field, List<MethodDeclaration> afterRestore) {
        restoreSets(afterRestore);
        return restoredFields.contains(field.variable());
    }

    /** Whether one of the afterRestore hooks, or what it calls, does anything with the field. */
    boolean touchedOnRestore(FieldRef field, List<MethodDeclaration> afterRestore) {
        restoreSets(afterRestore);
        return touchedFields.contains(field.variable());
    }

    private void restoreSets(List<MethodDeclaration> afterRestore) {
        if (restoredFields == null) {
            restoredFields = identitySet();
            touchedFields = identitySet();
            for (Reach reach : model.runFrom(handler, afterRestore)) {
                collect(reach, restoredFields, touchedFields, true);
            }
        }
    }

    /** The fields a unit assigns (and reseeds, when asked) into {@code assigned}, those it names into {@code named}. */
    private void collect(Reach reach, Set<VariableDeclarator> assigned, Set<VariableDeclarator> named,
                         boolean reseeds) {
        String thisType = reach.unit().thisType();
        for (Node node : model.allNodes(reach.unit())) {
            if (node instanceof AssignExpr assign) {
                model.fields().of(assign.getTarget(), thisType).ifPresent(f -> assigned.add(f.variable()));
            } else if (reseeds && node instanceof MethodCallExpr call && call.getScope().isPresent()
                    && patterns.match(call, reach.unit(), seeds).isPresent()) {
                model.fields().of(call.getScope().get(), thisType).ifPresent(f -> assigned.add(f.variable()));
            }
            if (named != null && (node instanceof NameExpr || node instanceof FieldAccessExpr)) {
                model.fields().of((Expression) node, thisType).ifPresent(f -> named.add(f.variable()));
            }
        }
        if (named != null) {
            named.addAll(assigned);
        }
    }

    private static Set<VariableDeclarator> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private Optional<FieldRef> kept(Expression target, String thisType) {
        return model.fields().of(target, thisType).filter(f -> model.fields().outlivesInvocation(f, handler));
    }

    /** The field whose initializer this expression is, when that field is kept. */
    private Optional<FieldRef> initializedField(Expression value, Reach reach) {
        if (!(value.getParentNode().orElse(null) instanceof VariableDeclarator variable)
                || variable.getInitializer().orElse(null) != value
                || !(variable.getParentNode().orElse(null) instanceof FieldDeclaration)) {
            return Optional.empty();
        }
        String owner = model.index().enclosingTypeName(variable).orElse(null);
        if (owner == null) {
            return Optional.empty();
        }
        String thisType = reach.unit().thisType();
        FieldRef field = new FieldRef(variable, owner,
                model.index().ancestry(thisType).contains(owner) ? thisType : owner);
        return model.fields().outlivesInvocation(field, handler) ? Optional.of(field) : Optional.empty();
    }
}
