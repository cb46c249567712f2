package dev.lambdalint.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.CollectionFamily;
import dev.lambdalint.catalog.MemoizingFactory;
import java.util.Optional;

/**
 * Recognises, as the catalog describes them, the expressions that build something meant to cache: a memoizing
 * wrapper of a function ({@code Suppliers.memoize(fn)}, {@code Lazy.of(fn)}), a cache built by a cache builder
 * ({@code Caffeine.newBuilder()...build(loader)}) and a keyed collection ({@code new ConcurrentHashMap<>()}).
 * Built in a field they cache for the execution environment; built per invocation they cache nothing.
 */
public final class CacheCreations {
    private final CallResolver calls;
    private final Fields fields;
    private final Catalog catalog;

    CacheCreations(CallResolver calls, Fields fields, Catalog catalog) {
        this.calls = calls;
        this.fields = fields;
        this.catalog = catalog;
    }

    /** {@code Suppliers.memoize(fn)}: the wrapper, if the call builds one. */
    public Optional<MemoizingFactory> memoizingFactory(MethodCallExpr call, CodeUnit unit) {
        if (!catalog.isMemoizingFactoryName(call.getNameAsString())) {
            return Optional.empty();
        }
        return catalog.memoizingFactory(calls.staticOwners(call, unit), call.getNameAsString())
                .filter(f -> f.argument() < call.getArguments().size());
    }

    /** The index of the function argument of a memoizing factory call. */
    Optional<Integer> memoizingFactoryArgument(MethodCallExpr call, CodeUnit unit) {
        return memoizingFactory(call, unit).map(MemoizingFactory::argument);
    }

    /** {@code new Lazy<>(fn)}: the wrapper, if the creation builds one. */
    public Optional<MemoizingFactory> memoizingConstructor(ObjectCreationExpr creation) {
        if (creation.getArguments().isEmpty()) {
            return Optional.empty();
        }
        return catalog.memoizingConstructor(calls.typeCandidates(creation.getType().getNameWithScope(), creation));
    }

    /** {@code ...build(loader)} ending a cache builder chain: the index of the loader. */
    Optional<Integer> cacheLoaderArgument(MethodCallExpr call, CodeUnit unit) {
        return call.getArguments().isNonEmpty() && endsCacheBuilder(call, unit) ? Optional.of(0) : Optional.empty();
    }

    /** Whether the call is the {@code build} that ends a chain started by a catalog cache builder. */
    public boolean endsCacheBuilder(MethodCallExpr call, CodeUnit unit) {
        if (!call.getNameAsString().startsWith("build")) {
            return false;
        }
        Expression e = call.getScope().orElse(null);
        while (e instanceof MethodCallExpr link) {
            if (link.getScope().isPresent() && !(link.getScope().get() instanceof MethodCallExpr)
                    && catalog.collections().cacheBuilder(calls.staticOwners(link, unit), link.getNameAsString())
                            .isPresent()) {
                return true;
            }
            e = link.getScope().orElse(null);
        }
        return false;
    }

    /** {@code new ConcurrentHashMap<>()}: a keyed collection of the catalog, which code may use as a cache. */
    public Optional<CollectionFamily> keyedCollection(ObjectCreationExpr creation) {
        return catalog.collections().family(fields.typeCandidates(creation.getType(), creation))
                .filter(CollectionFamily::keyed);
    }

    /**
     * Whether the expression builds a cache: a memoizing wrapper, a built cache, or a keyed collection.
     */
    public boolean isCacheCreation(Expression expression, CodeUnit unit) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        if (e instanceof ObjectCreationExpr creation) {
            return memoizingConstructor(creation).isPresent() || keyedCollection(creation).isPresent();
        }
        return e instanceof MethodCallExpr call
                && (memoizingFactory(call, unit).isPresent() || endsCacheBuilder(call, unit));
    }

    /** Whether a local variable holds a cache that this same code built. */
    boolean builtHere(NameExpr local, CodeUnit unit) {
        Optional<Node> declaration = calls.declarationOf(local, unit);
        return declaration.isPresent() && declaration.get() instanceof VariableDeclarator variable
                && variable.getParentNode().orElse(null) instanceof VariableDeclarationExpr
                && variable.getInitializer().map(i -> isCacheCreation(i, unit)).orElse(false);
    }
}
