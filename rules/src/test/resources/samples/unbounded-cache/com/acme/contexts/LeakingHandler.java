package com.acme.contexts;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Look-alikes of ContextHandler's fresh contexts that do outlive the invocation. */
public class LeakingHandler implements RequestHandler<Map<String, String>, String> {
    private static final StoredContext STORED = new StoredContext();
    private static final ListedContext LISTED = new ListedContext();
    private static final LoggedContext LOGGED = new LoggedContext();
    private static final SinkContext SUNK = new SinkContext();
    private static final ClosingContext CLOSING = new ClosingContext();
    private static final WalkedContext WALKED = new WalkedContext();
    private static final List<SinkContext> FINISHED = new ArrayList<>();
    private static final ContextSink SINK = FINISHED::add;

    private final Holder holder = new Holder();
    private List<String> lastKinds;
    private ReturnedContext lastReturned;

    @Override
    public String handleRequest(Map<String, String> event, Context context) {
        String id = event.get("id");
        Trace.start().mark(id);
        Trace.GLOBAL.mark(id);

        StoredContext stored = STORED.copy();
        stored.remember(id);
        holder.keep(stored);

        ListedContext listed = LISTED.copy();
        listed.remember(id);
        ListedContext.HISTORY.add(listed);

        lastReturned = process(id);

        LoggedContext logged = LOGGED.copy();
        logged.remember(id);
        context.getLogger().log(String.valueOf(logged));

        PooledContext.open(event.containsKey("reuse")).remember(id);

        ClosingContext closing = CLOSING.copy();
        closing.remember(id);
        if (id.isEmpty()) {
            throw ReadProblem.from(closing, "empty id");
        }

        WalkedContext walked = WALKED.copy();
        walked.remember(id);
        lastKinds = walked.kinds();

        SinkContext sunk = SUNK.copy();
        sunk.remember(id);
        SINK.accept(sunk);
        return "ok";
    }

    private ReturnedContext process(String id) {
        ReturnedContext made = new ReturnedContext();
        made.remember(id);
        return made;
    }
}
