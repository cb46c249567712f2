package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.Handler;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.source.SyntaxIndex;
import java.util.List;

/**
 * A handler that sets system properties on every invocation may be configuring what it builds: a Spring context
 * reads them as configuration, an SDK client its region ({@code aws.region}). Built once, ahead of the first
 * invocation, the object would never see them, so such a construction is not moved.
 */
final class SystemProperties {
    private static final String SYSTEM = "java.lang.System";
    private static final List<String> SETTERS = List.of("setProperty", "setProperties", "clearProperty");

    private SystemProperties() {
    }

    /**
     * Throws {@link NoFix} when code the reach's handler runs per invocation sets a system property. The project's
     * few calls of the setters are looked up by name and each asked whether the handler runs it, rather than the
     * handler's whole reach walked: a fleet's hundred handlers share most of their code.
     */
    static void checkNotSetPerInvocation(InvocationModel model, Reach reach) {
        SyntaxIndex syntax = model.index().syntax();
        for (String setter : SETTERS) {
            for (MethodCallExpr call : syntax.callsNamed(setter)) {
                checkNotRun(model, reach.handler(), call);
            }
            for (MethodReferenceExpr reference : syntax.referencesNamed(setter)) {
                checkNotRun(model, reach.handler(), reference);
            }
        }
    }

    private static void checkNotRun(InvocationModel model, Handler handler, Node node) {
        for (Node code = node; code != null; code = code.getParentNode().orElse(null)) {
            for (CodeUnit unit : model.unitsDeclaredBy(code)) {
                if (model.runs(handler, unit) && sets(model, node, unit) && executes(model, unit, node)) {
                    throw new NoFix("the handler sets system properties on every invocation (" + setter(node)
                            + "), which the construction may read: built once, ahead of them, it would not see them");
                }
            }
        }
    }

    private static boolean executes(InvocationModel model, CodeUnit unit, Node node) {
        for (Node executed : model.executedNodes(unit)) {
            if (executed == node) {
                return true;
            }
        }
        return false;
    }

    private static boolean sets(InvocationModel model, Node node, CodeUnit unit) {
        if (node instanceof MethodCallExpr call && SETTERS.contains(call.getNameAsString())) {
            return model.calls().staticOwners(call, unit).contains(SYSTEM);
        }
        if (node instanceof MethodReferenceExpr reference && SETTERS.contains(reference.getIdentifier())
                && reference.getScope() instanceof TypeExpr type) {
            return model.calls().staticTypeReference(type, unit).isPresent()
                    && model.calls().typeCandidates(type.getType().asString(), type).contains(SYSTEM);
        }
        return false;
    }

    private static String setter(Node node) {
        return node instanceof MethodCallExpr call ? "System." + call.getNameAsString()
                : "System::" + ((MethodReferenceExpr) node).getIdentifier();
    }
}
