package dev.lambdalint.check;

import dev.lambdalint.model.InvocationModel;
import dev.lambdalint.model.Reach;
import dev.lambdalint.model.StartedContext;
import java.util.function.Supplier;

/**
 * The advice for code that runs per invocation only because the handler starts a framework's application context
 * per invocation (a Spring {@code @Bean} method, a component's constructor): moving that code into a static field
 * would leave the context, and the rest of its start-up, per invocation; the context is what to start once.
 */
final class ContextAdvice {

    private ContextAdvice() {
    }

    /**
     * The advice for code reached per invocation: to start the context once when the model says a context start is
     * what makes the reach run per invocation, else the rule's {@code usual} advice.
     */
    static String or(InvocationModel model, Reach reach, Supplier<String> usual) {
        return model.startedContext(reach).map(ContextAdvice::startOnce).orElseGet(usual);
    }

    private static String startOnce(StartedContext started) {
        String docs = started.start().construction().docs();
        // the start's place is left to the call chain: a message naming a line would change when a fix moves
        // another start of the same context, which then still reaches this code through the one left
        return "It runs as part of the start-up of the " + started.start().construction().family() + " application "
                + "context, which is started on every invocation (the call chain shows where): start the context "
                + "once, in a static final field or the handler's constructor, and reuse it."
                + (docs == null ? "" : " " + docs);
    }
}
