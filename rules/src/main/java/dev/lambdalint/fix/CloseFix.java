package dev.lambdalint.fix;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.lambdalint.Finding;
import dev.lambdalint.analysis.ConnectionCalls;
import dev.lambdalint.model.FieldRef;
import dev.lambdalint.model.Reach;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fix of a client or connection kept for the execution environment but closed per invocation: the close goes
 * (a {@code close()} statement, or the try-with-resources that closes it, whose body stays). The other
 * {@code connection-per-invocation} findings need a change of design and get the reason.
 */
final class CloseFix {
    private final FixPlanner planner;
    private final ConnectionCalls connections;
    private final ValueFlow flow;

    CloseFix(FixPlanner planner, ConnectionCalls connections, ValueFlow flow) {
        this.planner = planner;
        this.connections = connections;
        this.flow = flow;
    }

    ConstructionFix.Planned plan(Finding finding, FilePlan file) {
        boolean opensOrBorrows = false;
        for (Node node : planner.nodesAt(file, finding)) {
            Node at = node instanceof SimpleName name && name.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && call.getName() == name ? call : node;
            Reach reach = planner.reachOf(at, finding);
            if (reach == null) {
                continue;
            }
            Node closer = at.getParentNode().orElse(null) instanceof TryStmt tryStmt ? tryStmt : at;
            for (ConnectionCalls.Closing closing : connections.closesShared(closer, reach)) {
                if (closing.at() == at) {
                    return closing.tryWithResources() ? resource((TryStmt) closer, (Expression) at, closing, file)
                            : call((MethodCallExpr) at, closing, reach);
                }
            }
            opensOrBorrows |= connections.opensUnkept(at, reach).isPresent()
                    || connections.borrowsFromNewPool(at, reach.unit()).isPresent();
        }
        throw new NoFix(opensOrBorrows
                ? "keeping a connection across invocations needs a field, a check that it still works (such as "
                        + "isValid) and a reconnect: a change of design rather than an edit"
                : "HTTP keep-alive may be turned off on purpose (a proxy that mishandles reused connections): "
                        + "remove the setting by hand once you know it is not");
    }

    private ConstructionFix.Planned call(MethodCallExpr call, ConnectionCalls.Closing closing, Reach reach) {
        if (!(call.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
            throw new NoFix("it is closed inside an expression");
        }
        if (Planning.lambdaAround(call) != null) {
            throw new NoFix("it is closed inside a lambda, which may run after the invocation");
        }
        try {
            flow.droppable(statement, type(closing.field()));
        } catch (NoFix unsure) {
            return onlyClosingTry(statement, reach).orElseThrow(() -> unsure);
        }
        return new ConstructionFix.Planned(List.of(new Op.DropStatement(statement)),
                "keep " + closing.field().name() + " open: its " + call.getNameAsString() + "() goes");
    }

    /**
     * A try whose body does nothing but close shared clients, for its catch of their checked exceptions
     * ({@code try { http.close(); DB.close(); } catch (IOException | SQLException e) {...}}): once the closes go,
     * nothing in it can throw, so the whole try goes. Each of its closes gets this same fix.
     */
    private Optional<ConstructionFix.Planned> onlyClosingTry(ExpressionStmt statement, Reach reach) {
        if (!(statement.getParentNode().orElse(null) instanceof BlockStmt block)
                || !(block.getParentNode().orElse(null) instanceof TryStmt tryStmt) || tryStmt.getTryBlock() != block
                || !tryStmt.getResources().isEmpty() || tryStmt.getFinallyBlock().isPresent()
                || !(tryStmt.getParentNode().orElse(null) instanceof BlockStmt)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Statement each : block.getStatements()) {
            List<ConnectionCalls.Closing> closings = each instanceof ExpressionStmt e
                    ? connections.closesShared(e.getExpression(), reach) : List.of();
            if (closings.size() != 1 || closings.get(0).at() != ((ExpressionStmt) each).getExpression()) {
                return Optional.empty();
            }
            names.add(closings.get(0).field().name());
            flow.catchesStayLegal(tryStmt, type(closings.get(0).field()));
        }
        return Optional.of(new ConstructionFix.Planned(List.of(new Op.DropStatement(tryStmt)),
                "keep " + String.join(", ", names) + " open: the try that only closed them goes"));
    }

    private ConstructionFix.Planned resource(TryStmt tryStmt, Expression resource, ConnectionCalls.Closing closing,
                                             FilePlan file) {
        String declaration = null;
        if (resource instanceof VariableDeclarationExpr declared) {
            if (declared.getVariables().size() != 1) {
                throw new NoFix("its try-with-resources declares several variables in one resource");
            }
            String name = declared.getVariable(0).getNameAsString();
            boolean after = false;
            for (Expression other : tryStmt.getResources()) {
                if (after && other.toString().matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                    throw new NoFix("a later resource of its try-with-resources uses " + name);
                }
                after |= other == resource;
            }
            declaration = file.text.of(declared) + ";";
        }
        flow.catchesStayLegal(resource, type(closing.field()));
        return new ConstructionFix.Planned(List.of(new Op.DropResource(tryStmt, resource, declaration)),
                "keep " + closing.field().name() + " open: the try-with-resources no longer closes it");
    }

    private String type(FieldRef field) {
        List<String> candidates = planner.model().fields().typeCandidates(field.variable().getType(), field.variable());
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
