package dev.lambdalint.check.selfinvocation;

import dev.lambdalint.check.Rule;
import dev.lambdalint.check.RuleContext;
import dev.lambdalint.check.RuleMeta;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.lambdalint.Severity;
import dev.lambdalint.deploy.LambdaFunction;
import dev.lambdalint.deploy.TriggerKind;
import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.lambdalint.catalog.ServiceWrite;

/**
 * A function that triggers itself: per-invocation code invokes the function's own name, or writes to the bucket,
 * queue, topic, table, stream or event rule that triggers it. Writes bounded on purpose stay quiet: a key the S3
 * trigger's filter excludes, a trigger with a message filter, a write guarded by a counter.
 */
@RuleMeta(id = "self-invocation", severity = Severity.ERROR,
        summary = "A function triggers itself: it invokes its own name, or writes to the queue, topic, bucket, "
                + "table, stream or event rule that triggers it.",
        tags = {"cost", "reliability", "lambda"})
public final class SelfInvocation implements Rule {

    @Override
    public void check(RuleContext context) {
        InvocationModel model = context.model();
        ServiceWrites writes = new ServiceWrites(model, context.catalog());
        Map<String, LoopFinder> finders = new HashMap<>();
        for (Reach first : model.firstReaches()) {
            for (Node node : model.executedNodes(first.unit())) {
                if (!(node instanceof MethodCallExpr call)) {
                    continue;
                }
                Optional<ServiceWrite> write = writes.at(call, first.unit()).filter(w -> !LoopGuards.guarded(call));
                if (write.isEmpty()) {
                    continue;
                }
                // whether the write reaches the function's own trigger depends on the handler's function
                for (Reach reach : model.reachesOf(first.unit())) {
                    List<LambdaFunction> functions = context.deployment()
                            .functionsRunning(reach.handler().type(), reach.handler().method());
                    LoopFinder finder = finders.computeIfAbsent(reach.handler().id(), id -> new LoopFinder(model,
                            context.catalog().selfInvocation(), context.deployment(), reach.handler()));
                    Optional<LoopFinder.Loop> loop = finder.find(call, reach.unit(), write.get(), functions);
                    if (loop.isPresent()) {
                        context.report(this, reach, call.getName(), message(loop.get()));
                        break;
                    }
                }
            }
        }
    }

    private static String message(LoopFinder.Loop loop) {
        String chain = loop.function() + " -> " + loop.action() + " " + loop.target() + " -> " + loop.function();
        if (loop.kind() == null) {
            return chain + ": the function invokes itself (" + loop.via() + "), so every invocation starts another"
                    + endless(loop) + ". " + stopping(loop) + " Invoke a different function, or pass a depth counter "
                    + "in the payload and stop at a limit.";
        }
        String trigger = loop.trigger() == null ? "" : " (" + loop.trigger() + ")";
        if (loop.kind() == TriggerKind.EVENTBRIDGE) {
            return chain + ": this call puts an event (" + loop.via() + ") that the rule triggering "
                    + loop.function() + " matches" + trigger + ", so every event it puts invokes the function again"
                    + endless(loop) + ". " + stopping(loop) + " " + fix(loop.kind()) + ", or carry a depth counter in "
                    + "the event's detail and stop at a limit.";
        }
        return chain + ": this call writes to the " + loop.kind().noun() + " that triggers " + loop.function()
                + trigger + ", named by " + loop.via() + ", so every " + item(loop.kind()) + " it writes invokes the "
                + "function again" + endless(loop) + ". " + stopping(loop) + " " + fix(loop.kind())
                + ", or carry a depth counter in the " + item(loop.kind()) + " and stop at a limit.";
    }

    /** "without end" only when nothing stops the loop: AWS's loop detection is off or does not cover it. */
    private static String endless(LoopFinder.Loop loop) {
        return !loop.detectedByAws() || loop.recursionAllowed() ? ", without end" : "";
    }

    private static String stopping(LoopFinder.Loop loop) {
        if (!loop.detectedByAws()) {
            return "AWS does not detect loops through " + service(loop.kind()) + ", so nothing stops it.";
        }
        return loop.recursionAllowed()
                ? "Its RecursiveLoop setting is Allow, so AWS will not stop it."
                : "AWS stops such a loop only after about 16 paid invocations (RecursiveLoop: Terminate).";
    }

    private static String service(TriggerKind kind) {
        return switch (kind) {
            case DYNAMODB -> "DynamoDB streams";
            case KINESIS -> "Kinesis";
            case EVENTBRIDGE -> "EventBridge";
            default -> kind.name();
        };
    }

    private static String item(TriggerKind kind) {
        return switch (kind) {
            case S3 -> "object";
            case DYNAMODB -> "item";
            case KINESIS -> "record";
            case EVENTBRIDGE -> "event";
            default -> "message";
        };
    }

    private static String fix(TriggerKind kind) {
        return switch (kind) {
            case S3 -> "Write to another bucket, or give the trigger a prefix or suffix filter that excludes the keys "
                    + "written here";
            case SQS -> "Send to another queue";
            case SNS -> "Publish to another topic";
            case DYNAMODB -> "Write to another table, or filter the stream (FilterCriteria) so that the function's own "
                    + "writes do not invoke it";
            case KINESIS -> "Put to another stream";
            case EVENTBRIDGE -> "Use a source or detail-type the rule does not match";
            default -> "Write elsewhere";
        };
    }
}
