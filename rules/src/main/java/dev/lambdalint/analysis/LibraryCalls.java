package dev.lambdalint.analysis;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.lambdalint.catalog.SelfInvocationCatalog;
import dev.lambdalint.model.CallResolver;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import java.util.List;
import java.util.Optional;

/**
 * Library calls whose result the self-invocation check knows: {@code System.getenv}, the calls that return the
 * running function's own name, and the S3 event record's bucket and key, as the catalog lists them.
 */
public final class LibraryCalls {
    private static final String SYSTEM = "java.lang.System";

    private final InvocationModel model;
    private final SelfInvocationCatalog knowledge;

    public LibraryCalls(InvocationModel model, SelfInvocationCatalog knowledge) {
        this.model = model;
        this.knowledge = knowledge;
    }

    /** The argument naming the variable of {@code System.getenv("X")} or {@code System.getenv().get("X")}. */
    public Optional<Expression> environmentVariableName(MethodCallExpr call) {
        if (call.getNameAsString().equals("getenv") && call.getArguments().size() == 1 && onSystem(call)) {
            return Optional.of(call.getArgument(0));
        }
        if ((call.getNameAsString().equals("get") || call.getNameAsString().equals("getOrDefault"))
                && !call.getArguments().isEmpty() && call.getScope().orElse(null) instanceof MethodCallExpr scope
                && scope.getNameAsString().equals("getenv") && scope.getArguments().isEmpty() && onSystem(scope)) {
            return Optional.of(call.getArgument(0));
        }
        return Optional.empty();
    }

    /** Whether the runtime sets this environment variable to the function's own name. */
    public boolean namesOwnFunction(String environmentVariable) {
        return knowledge.selfNameVariables().contains(environmentVariable);
    }

    /** {@code context.getFunctionName()} and the like. */
    public boolean returnsOwnName(MethodCallExpr call, CodeUnit unit) {
        if (!call.getArguments().isEmpty() || call.getScope().isEmpty()) {
            return false;
        }
        Expression scope = call.getScope().get();
        Optional<String> type = model.calls().typeOf(scope, unit);
        List<String> candidates = type.isEmpty() ? List.of()
                : type.get().contains(".") ? List.of(type.get())
                : model.index().resolver(scope).candidates(type.get(), scope);
        return knowledge.selfNameCalls().stream()
                .anyMatch(c -> candidates.stream().anyMatch(t -> c.matches(t, call.getNameAsString())));
    }

    public boolean readsEventBucket(MethodCallExpr call) {
        return endsWithChain(call, knowledge.eventBucketCalls());
    }

    public boolean readsEventKey(MethodCallExpr call) {
        return endsWithChain(call, knowledge.eventKeyCalls());
    }

    private boolean onSystem(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return model.index().resolver(call).staticImportOwners(call.getNameAsString()).contains(SYSTEM);
        }
        Expression scope = call.getScope().get();
        if (!(scope instanceof NameExpr || scope instanceof FieldAccessExpr)) {
            return false;
        }
        String written = CallResolver.writtenName(scope); // toString() would print an attached comment too
        return written.equals("System") || written.equals(SYSTEM);
    }

    /** Whether the call ends with one of the chains: {@code record.getS3().getBucket().getName()}. */
    private static boolean endsWithChain(MethodCallExpr call, List<List<String>> chains) {
        for (List<String> chain : chains) {
            Expression e = call;
            boolean matches = true;
            for (int i = chain.size() - 1; i >= 0 && matches; i--) {
                matches = e instanceof MethodCallExpr m && m.getNameAsString().equals(chain.get(i));
                e = matches ? ((MethodCallExpr) e).getScope().orElse(null) : null;
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }
}
