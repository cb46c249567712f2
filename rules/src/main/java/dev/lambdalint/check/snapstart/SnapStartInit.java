package dev.lambdalint.check.snapstart;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.catalog.SnapStartCatalog;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.List;
import java.util.Optional;

/**
 * One handler deployed with SnapStart on, as both SnapStart checks see it: the function that turns it on, what
 * its INIT phase runs (CRaC beforeCheckpoint hooks included), the values INIT keeps, and the project's afterRestore
 * hooks.
 */
final class SnapStartInit {
    private final InvocationModel model;
    private final Handler handler;
    private final LambdaFunction function;
    private final List<Reach> phase;
    private final List<MethodDeclaration> afterRestore;
    private final InitStores stores;

    private SnapStartInit(InvocationModel model, Handler handler, LambdaFunction function, List<Reach> phase,
                          List<MethodDeclaration> afterRestore, InitStores stores) {
        this.model = model;
        this.handler = handler;
        this.function = function;
        this.phase = phase;
        this.afterRestore = afterRestore;
        this.stores = stores;
    }

    /** The handlers of the functions the templates deploy with SnapStart on. */
    static List<SnapStartInit> all(RuleContext context, CallPatterns patterns) {
        InvocationModel model = context.model();
        SnapStartCatalog catalog = context.catalog().snapStart();
        ClientConstructions constructions = patterns.constructions();
        CracHooks hooks = new CracHooks(model, catalog, constructions);
        return model.handlers().stream().flatMap(handler -> {
            Optional<LambdaFunction> function = context.deployment()
                    .functionsRunning(handler.type(), handler.method()).stream()
                    .filter(LambdaFunction::snapStartOn).findFirst();
            if (function.isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            List<Reach> phase = model.initPhase(handler,
                    hooks.beforeCheckpoint(handler, model.initPhase(handler, List.of())));
            return java.util.stream.Stream.of(new SnapStartInit(model, handler, function.get(), phase,
                    hooks.afterRestore(), new InitStores(model, handler, patterns, catalog)));
        }).toList();
    }

    List<InitStores.Store> stores() {
        return stores.in(phase);
    }

    List<Reach> phase() {
        return phase;
    }

    /** Whether an afterRestore hook assigns the field again, or per-invocation code does. */
    boolean renewed(InitStores.Store store) {
        return stores.restored(store.field(), afterRestore) || stores.reassignedPerInvocation(store.field());
    }

    /** Whether an afterRestore hook does anything with the field (re-opens, evicts), or per-invocation code sets it. */
    boolean handledOnRestore(InitStores.Store store) {
        return stores.touchedOnRestore(store.field(), afterRestore) || stores.reassignedPerInvocation(store.field());
    }

    /** "OrderHandler": the handler's class for messages. */
    String handlerName() {
        return model.index().displayName(handler.type());
    }

    /** "SnapStart is on for OrderFunction (template.yaml:12)". */
    String snapStartOn() {
        return "SnapStart is on for " + function.name() + " (" + function.snapStart().at() + ")";
    }

    /** A call in a chain that spans lines is reported where its name is, not where the chain starts. */
    static Node at(Node node) {
        return node instanceof MethodCallExpr call ? call.getName() : node;
    }
}
