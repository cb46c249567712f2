package dev.lambdalint.check.tmpfiles;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithArguments;
import dev.lambdalint.Severity;
import dev.lambdalint.analysis.CallPatterns;
import dev.lambdalint.analysis.ClientConstructions;
import dev.lambdalint.analysis.CodeText;
import dev.lambdalint.catalog.CallPattern;
import dev.lambdalint.catalog.TempFileCatalog;
import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import dev.lambdalint.model.CodeUnit;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Per-invocation files in /tmp with a new name each time that nothing deletes: made by the temp-file calls, or
 * written at a path under /tmp ({@code "/tmp/..."}, {@code java.io.tmpdir}) whose name changes per invocation. A
 * warm execution environment keeps /tmp between invocations, so they add up until it is full. Quiet for a fixed
 * name (overwritten each time), a file deleted (also in a finally block, through a helper, with DELETE_ON_CLOSE),
 * a file handed to a field or collection, or returned to code that is not in sight.
 */
@RuleMeta(id = "tmp-not-cleaned", severity = Severity.WARNING,
        summary = "A file created in /tmp with a new name on every invocation is never deleted, filling the "
                + "execution environment's ephemeral storage.",
        tags = {"reliability", "lambda"})
public final class TmpNotCleaned implements Rule {

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        TempFileCatalog catalog = context.catalog().tempFiles();
        CallPatterns patterns = new CallPatterns(new ClientConstructions(model, context.catalog()));
        Deletions deletions = new Deletions(model, catalog, patterns);
        Map<String, TmpPaths> paths = new HashMap<>();
        for (Reach first : model.firstReaches()) {
            CodeUnit unit = first.unit();
            String firstHandler = first.handler().id();
            for (Node node : model.executedNodes(unit)) {
                if (!(node instanceof NodeWithArguments<?>)) {
                    continue; // neither a creation nor a write: the catalog's are all calls or constructions
                }
                // what a node makes or writes is the same for every handler; where the path leads may not be
                boolean creates = node instanceof MethodCallExpr && paths.computeIfAbsent(firstHandler,
                        id -> new TmpPaths(model, patterns, catalog, first.handler())).creates(node, unit).isPresent();
                if (!creates && catalog.writes().stream().noneMatch(w -> target(node, w).isPresent()
                        && patterns.matches(node, unit, w.call()))) {
                    continue;
                }
                for (Reach reach : model.reachesOf(unit)) {
                    judge(context, reach, node, paths.computeIfAbsent(reach.handler().id(),
                            id -> new TmpPaths(model, patterns, catalog, reach.handler())), patterns, deletions);
                }
            }
        }
    }

    private void judge(RuleContext context, Reach reach, Node node, TmpPaths tmp, CallPatterns patterns,
                       Deletions deletions) {
        InvocationModel model = context.model();
        TempFileCatalog catalog = context.catalog().tempFiles();
        CodeUnit unit = reach.unit();
        Optional<TempFileCatalog.TempCreate> created = tmp.creates(node, unit);
        if (created.isPresent() && node instanceof MethodCallExpr call) {
            Integer directory = created.get().directory();
            if (directory != null && (directory >= call.getArguments().size()
                    || !tmp.of(call.getArgument(directory), unit).tmp())) {
                return; // made in a directory that is not known to be /tmp
            }
            Deletions.Outcome outcome = deletions.of(call, reach);
            if (outcome.fate() == Deletions.Fate.KEPT) {
                context.report(this, reach, call.getName(), created(model, reach, created.get(), call, outcome));
            }
            return;
        }
        for (TempFileCatalog.TempWrite write : catalog.writes()) {
            Optional<Expression> target = target(node, write);
            if (target.isEmpty() || !patterns.matches(node, unit, write.call())) {
                continue;
            }
            TmpPaths.Shape shape = tmp.of(target.get(), unit);
            if (shape.tmp() && shape.varying() && !shape.created()) {
                Deletions.Outcome outcome = deletions.of(target.get(), reach);
                if (outcome.fate() == Deletions.Fate.KEPT) {
                    context.report(this, reach, at(node), written(model, reach, write.call(), target.get(), outcome));
                }
            }
            return;
        }
    }

    /** The path a write writes: its receiver or the argument the catalog names. */
    private static Optional<Expression> target(Node node, TempFileCatalog.TempWrite write) {
        if (write.target() == null) {
            return node instanceof MethodCallExpr call ? call.getScope() : Optional.empty();
        }
        return node instanceof NodeWithArguments<?> call && call.getArguments().size() > write.target()
                ? Optional.of(call.getArgument(write.target())) : Optional.empty();
    }

    private static Node at(Node node) {
        return node instanceof MethodCallExpr call ? call.getName() : node;
    }

    private static String entry(InvocationModel model, Reach reach) {
        return model.index().displayName(reach.handler().type()) + "." + reach.handler().method();
    }

    private static String created(InvocationModel model, Reach reach, TempFileCatalog.TempCreate create,
                                  MethodCallExpr call, Deletions.Outcome outcome) {
        String made = create.call().what().endsWith("Directory") ? "a directory" : "a file";
        return create.call().what() + " (" + CodeText.of(call) + ") makes " + made + " with a new name in /tmp on "
                + "every invocation of " + entry(model, reach) + ", and nothing deletes it: " + consequence(outcome);
    }

    private static String written(InvocationModel model, Reach reach, CallPattern write, Expression target,
                                  Deletions.Outcome outcome) {
        return write.what() + " writes a file in /tmp whose name changes with every invocation of "
                + entry(model, reach) + " (" + CodeText.of(target) + "), and nothing deletes it: "
                + consequence(outcome);
    }

    private static String consequence(Deletions.Outcome outcome) {
        return "a warm execution environment keeps /tmp from one invocation to the next, so the files pile up in "
                + "its ephemeral storage (512 MB unless EphemeralStorage says more) until writes fail with \"No space "
                + "left on device\". Delete it when done (Files.deleteIfExists in a finally block), or reuse one "
                + "fixed name." + (outcome.onExit() ? " deleteOnExit() does not help: the JVM of an execution "
                + "environment does not exit between invocations." : "");
    }
}
