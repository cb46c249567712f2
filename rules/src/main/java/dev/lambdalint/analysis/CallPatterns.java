package dev.lambdalint.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.model.CodeUnit;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the calls and constructions the catalog describes as {@link CallPattern}s: {@code new T(..)},
 * {@code T.m(..)} (also through a static import) and {@code receiver.m(..)} on a receiver declared as T or built
 * as a catalog client of type T.
 */
public final class CallPatterns {
    private final ClientConstructions constructions;

    public CallPatterns(ClientConstructions constructions) {
        this.constructions = constructions;
    }

    /** The first of the patterns the node matches. */
    public Optional<CallPattern> match(Node node, CodeUnit unit, List<CallPattern> patterns) {
        for (CallPattern pattern : patterns) {
            if (matches(node, unit, pattern)) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }

    public boolean matches(Node node, CodeUnit unit, CallPattern pattern) {
        if (node instanceof ObjectCreationExpr creation) {
            return pattern.constructor() && pattern.takes(creation.getArguments().size())
                    && pattern.covers(constructions.typeCandidates(creation.getType().getNameWithScope(), creation));
        }
        if (!(node instanceof MethodCallExpr call) || !pattern.mayCall(call.getNameAsString())
                || !pattern.takes(call.getArguments().size())) {
            return false;
        }
        String name = call.getNameAsString();
        List<String> owners = constructions.staticOwners(call, unit);
        if (!owners.isEmpty()) {
            return pattern.staticMethods().contains(name) && pattern.covers(owners);
        }
        return pattern.methods().contains(name) && call.getScope().isPresent()
                && (pattern.covers(receiverTypes(call, unit))
                        || pattern.chained() && pattern.covers(chainStart(call, unit)));
    }

    /** The type whose static method begins the fluent chain the call ends ({@code Thumbnails.of(in).size(..)}). */
    private List<String> chainStart(MethodCallExpr call, CodeUnit unit) {
        Expression link = call.getScope().orElse(null);
        while (link instanceof MethodCallExpr linked) {
            List<String> owners = constructions.staticOwners(linked, unit);
            if (!owners.isEmpty()) {
                return owners;
            }
            link = linked.getScope().orElse(null);
        }
        return List.of();
    }

    /**
     * The types a receiver may have, as the call resolver or the client it was built as tells; for a library's
     * static factory ({@code ThreadLocalRandom.current()}, {@code Clock.systemUTC()}), the factory's own type.
     */
    public List<String> receiverTypes(MethodCallExpr call, CodeUnit unit) {
        if (call.getScope().isEmpty()) {
            return List.of();
        }
        List<String> types = constructions.receiverTypes(call.getScope().get(), unit);
        if (types.isEmpty() && call.getScope().get() instanceof MethodCallExpr factory) {
            return constructions.staticOwners(factory, unit);
        }
        return types;
    }

    public ClientConstructions constructions() {
        return constructions;
    }
}
