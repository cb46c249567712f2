package dev.lambdalint.check;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import dev.lambdalint.catalog.Catalog;
import dev.lambdalint.catalog.ServiceWrite;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import java.util.List;
import java.util.Optional;

/** Recognises the catalog's service writes: a call of one of its methods on a receiver of one of its types. */
final class ServiceWrites {
    private final InvocationModel model;
    private final List<ServiceWrite> writes;
    private final ClientConstructions clients;

    ServiceWrites(InvocationModel model, Catalog catalog) {
        this.model = model;
        this.writes = catalog.selfInvocation().writes();
        this.clients = new ClientConstructions(model, catalog);
    }

    Optional<ServiceWrite> at(MethodCallExpr call, CodeUnit unit) {
        if (call.getScope().isEmpty()
                || writes.stream().noneMatch(w -> w.methods().containsKey(call.getNameAsString()))) {
            return Optional.empty();
        }
        for (String type : receiverTypes(call.getScope().get(), unit)) {
            for (ServiceWrite write : writes) {
                if (write.methods().containsKey(call.getNameAsString()) && write.coversType(type)) {
                    return Optional.of(write);
                }
            }
        }
        return Optional.empty();
    }

    /** The receiver's declared type (every type its name could mean), or the client a construction there builds. */
    private List<String> receiverTypes(Expression scope, CodeUnit unit) {
        Optional<String> declared = model.calls().typeOf(scope, unit).filter(t -> !t.equals(CallResolver.EXTERNAL));
        if (declared.isPresent()) {
            return declared.get().contains(".") ? List.of(declared.get())
                    : model.index().resolver(scope).candidates(declared.get(), scope);
        }
        Expression built = model.calls().declarationOf(scope, unit)
                .filter(d -> d instanceof VariableDeclarator v
                        && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr)
                .flatMap(d -> ((VariableDeclarator) d).getInitializer())
                .orElse(scope);
        for (Expression e = built; e != null; e = e instanceof MethodCallExpr m ? m.getScope().orElse(null) : null) {
            Optional<ClientConstructions.Construction> construction = clients.at(e, unit);
            if (construction.isPresent()) {
                return List.of(construction.get().match().ownerType());
            }
        }
        return List.of();
    }
}
