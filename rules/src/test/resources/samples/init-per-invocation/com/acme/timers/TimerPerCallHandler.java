package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/** Timers made on every invocation: each starts its own thread in its constructor. */
public class TimerPerCallHandler implements RequestHandler<List<String>, String> {

    @Override
    public String handleRequest(List<String> ids, Context context) {
        Timer reminders = new Timer(); // Noncompliant {{Timer (timer thread) is built on every invocation of TimerPerCallHandler.handleRequest: every call starts a new timer thread}}
        reminders.schedule(new LogTask(context, "remind"), 60_000);
        Timer daemon = new Timer(true); // Noncompliant {{timer thread}}
        daemon.schedule(new LogTask(context, "daemon"), 1_000);
        new Timer("audit-" + context.getAwsRequestId()).schedule(new LogTask(context, "audit"), 10); // Noncompliant {{build it once in a static final field or the handler's constructor}}
        return watched(ids, context);
    }

    /** A watchdog timer cancelled at the end of the call: no thread is left behind, but one is started every time. */
    private String watched(List<String> ids, Context context) {
        Timer watchdog = new Timer("watchdog", true); // Noncompliant {{via TimerPerCallHandler.handleRequest -> TimerPerCallHandler.watched}}
        watchdog.schedule(new LogTask(context, "slow"), 5_000);
        try {
            return String.join(",", ids);
        } finally {
            watchdog.cancel();
        }
    }

    private static final class LogTask extends TimerTask {
        private final Context context;
        private final String text;

        LogTask(Context context, String text) {
            this.context = context;
            this.text = text;
        }

        @Override
        public void run() {
            context.getLogger().log(text);
        }
    }
}
