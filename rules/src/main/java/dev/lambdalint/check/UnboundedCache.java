package dev.lambdalint.check;

import dev.lambdalint.analysis.EventDependence;
import dev.lambdalint.analysis.Getters;
import dev.lambdalint.analysis.CollectionBounds;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.RemovalPace;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.lambdalint.Severity;
import dev.lambdalint.catalog.CollectionCatalog;
import dev.lambdalint.catalog.CollectionFamily;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A collection (or text buffer) that outlives the invocation (static, or a field of the handler or of an object it
 * keeps) and that per-invocation code adds to, while nothing evicts or caps it and no removal keeps pace (see
 * {@link RemovalPace}: only a removal nothing runs, or one of a request-named key on a separate path, lags).
 * Reported once per field, at its declaration, naming the calls that grow it and the removals that lag.
 */
@RuleMeta(id = "unbounded-cache", severity = Severity.WARNING,
        summary = "A collection, cache or text buffer that outlives the invocation grows on every invocation with no "
                + "bound or eviction.",
        tags = {"memory", "reliability", "lambda"})
public final class UnboundedCache implements Rule {
    private static final int SITES_NAMED = 3;

    /** A call that grows the collection {@code named}: its receiver, or a writer built around it and handed to it. */
    private record Growth(Reach reach, MethodCallExpr call, Expression named) {
    }

    private record Grown(FieldRef field, CollectionFamily family, List<Growth> sites) {
        /** Several handlers may reach the same call: it is one site, named with the first chain found. */
        void add(Growth growth) {
            if (sites.stream().noneMatch(s -> s.call() == growth.call())) {
                sites.add(growth);
            }
        }
    }

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        CollectionBounds bounds = new CollectionBounds(model, context.catalog().collections(),
                new ClientConstructions(model, context.catalog()),
                new Getters(model, context.catalog().generatedGetters()));
        Map<VariableDeclarator, Grown> byField = new IdentityHashMap<>();
        List<Grown> grown = new ArrayList<>();
        for (Candidate c : growingCalls(model, bounds, context.catalog().collections())) {
            byField.computeIfAbsent(c.field().variable(), v -> {
                Grown g = new Grown(c.field(), c.family(), new ArrayList<>());
                grown.add(g);
                return g;
            }).add(new Growth(c.reach(), c.call(), c.named()));
        }
        EventDependence event = new EventDependence(model);
        RemovalPace pace = new RemovalPace(model, bounds);
        for (Grown g : grown) {
            List<Growth> unbounded = g.sites().stream()
                    .filter(s -> !bounds.sizeChecked(s.call(), g.field(), s.reach().unit().thisType()))
                    .filter(s -> !(g.family().keyed() && bounds.fixedKey(s.call(), s.reach().unit())))
                    .filter(s -> !bounds.ofUnkeptObject(s.named(), g.field(), s.reach().unit()))
                    .toList();
            if (unbounded.isEmpty() || bounds.bounded(g.field(), g.family())) {
                continue;
            }
            Optional<List<RemovalPace.Lag>> lags = pace.lagging(g.field(), g.family(), bounds.removals(g.field()),
                    unbounded.stream().map(Growth::call).toList());
            if (lags.isEmpty()) {
                continue;
            }
            Reach first = unbounded.get(0).reach();
            Reach atField = first.inFile(model.index().fileOf(model.index().type(g.field().ownerType())
                    .orElseThrow()));
            context.report(this, atField, g.field().variable(), message(model, g, unbounded, lags.get(), event));
        }
    }

    private record Candidate(Reach reach, MethodCallExpr call, FieldRef field, CollectionFamily family,
                             Expression named) {
    }

    /**
     * Every call that grows a collection field outliving the invocation, with the first reach (lowest ranked) for
     * whose handler the field outlives it, in rank order. The field and its family are the unit's, whatever the
     * handler; whether it outlives the invocation is the handler's.
     */
    private static List<Candidate> growingCalls(InvocationModel model, CollectionBounds bounds,
                                                CollectionCatalog catalog) {
        // a call no family grows by is passed over before its receiver is resolved
        Set<String> growing = new HashSet<>();
        catalog.families().forEach(f -> growing.addAll(f.grows()));
        // a writer is looked at only when its simple name is one some family is written through
        Set<String> writerNames = new HashSet<>();
        catalog.families().forEach(f -> f.writers().forEach(w -> writerNames.add(w.substring(w.lastIndexOf('.') + 1))));
        List<Candidate> found = new ArrayList<>();
        for (Reach first : model.firstReaches()) {
            for (Node node : model.executedNodes(first.unit())) {
                if (!(node instanceof MethodCallExpr call)) {
                    continue;
                }
                if (call.getScope().isPresent() && growing.contains(call.getNameAsString())) {
                    Optional<FieldRef> field = bounds.field(call.getScope().get(), first.unit().thisType());
                    field.flatMap(bounds::family).filter(f -> f.grows().contains(call.getNameAsString()))
                            .ifPresent(f -> keep(model, first, call, field.get(), f, call.getScope().get(), found));
                }
                for (Expression argument : call.getArguments()) {
                    if (argument instanceof ObjectCreationExpr writer && writer.getArguments().isNonEmpty()
                            && writerNames.contains(writer.getType().getNameAsString())) {
                        Expression named = writer.getArgument(0);
                        Optional<FieldRef> field = bounds.field(named, first.unit().thisType());
                        field.flatMap(bounds::family).filter(f -> writtenThrough(model, f, writer))
                                .ifPresent(f -> keep(model, first, call, field.get(), f, named, found));
                    }
                }
            }
        }
        // Rank orders handlers by id, then units by the handler's walk: comparing ids first gives the same order and
        // works a rank out (a whole walk of its handler) only where two calls share a handler.
        found.sort(Comparator.comparing((Candidate c) -> c.reach().handler().id())
                .thenComparingLong(c -> c.reach().rank()));
        return found;
    }

    /** The candidate of the first reach for whose handler the field outlives the invocation, if any. */
    private static void keep(InvocationModel model, Reach first, MethodCallExpr call, FieldRef field,
                             CollectionFamily family, Expression named, List<Candidate> found) {
        for (Reach reach : model.reachesOf(first.unit())) {
            if (model.fields().outlivesInvocation(field, reach.handler())) {
                found.add(new Candidate(reach, call, field, family, named));
                return;
            }
        }
    }

    /** {@code new PrintWriter(errors)}: a writer the family lists, built around the collection to write into it. */
    private static boolean writtenThrough(InvocationModel model, CollectionFamily family, ObjectCreationExpr writer) {
        return model.calls().typeCandidates(writer.getType().getNameWithScope(), writer).stream()
                .anyMatch(family::writtenBy);
    }

    private static String message(InvocationModel model, Grown g, List<Growth> sites, List<RemovalPace.Lag> lags,
                                  EventDependence event) {
        FieldRef field = g.field();
        CollectionFamily family = g.family();
        StringBuilder text = new StringBuilder(field.name()).append(" (").append(kind(field)).append(' ')
                .append(holder(model, field, sites.get(0).reach())).append(") outlives the invocation and ");
        text.append(family.cache() ? "is a " + family.family() + " built with no maximumSize, maximumWeight or "
                + "expiry; " : lags.isEmpty() ? "nothing removes, evicts or caps its entries; "
                : "nothing evicts or caps its entries; ");
        if (!lags.isEmpty()) {
            text.append("no removal keeps pace with its growth (").append(String.join("; ", lags.stream()
                    .map(l -> l.removal().getNameAsString() + " at " + l.file() + " in " + l.method() + " "
                            + l.why()).toList())).append("); ");
        }
        text.append("it grows at ").append(where(sites)).append(". ");
        Growth first = sites.get(0);
        Expression added = first.call().getArguments().isEmpty() ? null : first.call().getArgument(0);
        String grows = "until the execution environment runs out of memory and the function fails.";
        if (added == null) {
            text.append("Every invocation adds to it, so it grows with traffic ").append(grows);
        } else if (family.keyed()) {
            text.append("Each new key adds an entry and the key (").append(CodeText.of(added)).append(") ")
                    .append(event.dependsOnEvent(added, first.reach()) ? "comes from the request"
                            : "changes from one invocation to the next")
                    .append(", so it grows with traffic ").append(grows);
        } else {
            text.append("Every invocation adds to it (").append(CodeText.of(added))
                    .append("), so it grows with traffic ").append(grows);
        }
        text.append(' ').append(fix(family));
        return text.toString();
    }

    private static String kind(FieldRef field) {
        String type = field.variable().getInitializer()
                .filter(ObjectCreationExpr.class::isInstance).map(i -> ((ObjectCreationExpr) i).getType())
                .map(ClassOrInterfaceType::getNameAsString)
                .orElse(field.variable().getType() instanceof ClassOrInterfaceType c ? c.getNameAsString()
                        : field.variable().getType().asString());
        return field.isStatic() ? "a static " + type : "a " + type;
    }

    private static String holder(InvocationModel model, FieldRef field, Reach reach) {
        if (field.isStatic()) {
            return "field";
        }
        String holder = model.index().displayName(field.holderType());
        return field.holderType().equals(reach.handler().type())
                ? "field of the handler " + holder + ", which lives as long as the execution environment"
                : "field of " + holder + ", which the handler keeps for the life of the execution environment";
    }

    private static String where(List<Growth> sites) {
        List<String> named = new ArrayList<>();
        for (Growth site : sites.subList(0, Math.min(SITES_NAMED, sites.size()))) {
            int line = site.call().getBegin().map(p -> p.line).orElse(1);
            named.add(site.call().getNameAsString() + " at " + site.reach().file().relativePath() + ":" + line
                    + " (via " + String.join(" -> ", site.reach().chain().stream().map(Object::toString).toList())
                    + ")");
        }
        String more = sites.size() > SITES_NAMED ? " and " + (sites.size() - SITES_NAMED) + " more" : "";
        return String.join(", ", named) + more;
    }

    private static String fix(CollectionFamily family) {
        if (family.advice() != null) {
            return family.advice();
        }
        if (family.cache()) {
            return "Give the builder a maximumSize (or maximumWeight) and, if entries go stale, an "
                    + "expireAfterWrite.";
        }
        if (family.keyed()) {
            return "Bound it: a Caffeine cache with maximumSize or expireAfterWrite, a LinkedHashMap whose "
                    + "removeEldestEntry caps the size, or a clear() once size() passes a limit.";
        }
        return "Keep what one invocation needs in a local, or cap it (drop the oldest once size() passes a "
                + "limit).";
    }
}
