package dev.lambdalint.check.selfinvocation;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.analysis.ClientConstructions;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ServiceWrite;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import java.util.List;
import java.util.Optional;

/** Recognises the catalog's service writes: a call of one of its methods on a receiver of one of its types. */
public final class ServiceWrites {
    private final InvocationModel model;
    private final List<ServiceWrite> writes;
    private final ClientConstructions clients;

    public ServiceWrites(InvocationModel model, Catalog catalog) {
        this.model = model;
        this.writes = catalog.selfInvocation().writes();
        this.clients = new ClientConstructions(model, catalog);
    }

    public Optional<ServiceWrite> at(MethodCallExpr call, CodeUnit unit) {
        if (call.getScope().isEmpty()
                || writes.stream().noneMatch(w -> w.methods().containsKey(call.getNameAsString()))) {
            return Optional.empty();
        }
        for (String type : clients.receiverTypes(call.getScope().get(), unit)) {
            for (ServiceWrite write : writes) {
                if (write.methods().containsKey(call.getNameAsString()) && write.coversType(type)) {
                    return Optional.of(write);
                }
            }
        }
        return Optional.empty();
    }
}
