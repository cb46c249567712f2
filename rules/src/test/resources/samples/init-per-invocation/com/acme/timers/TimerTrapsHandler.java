package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Timers made once per execution environment (static field, static block, constructor, lazily under a null check,
 * in a singleton), a Swing timer (one shared thread for all of them) and a main no handler reaches: quiet. A
 * scheduled pool used as a timer is the thread pool it is, reported once.
 */
public class TimerTrapsHandler implements RequestHandler<List<String>, String> {
    private static final Timer TICKS = new Timer("ticks", true);
    private static final Timer FLUSHES;
    private static Timer lazy;

    static {
        FLUSHES = new Timer(true);
    }

    private final Timer own;
    private final Scheduler scheduler = Scheduler.get();

    public TimerTrapsHandler() {
        own = new Timer("own", true);
    }

    private static Timer lazy() {
        if (lazy == null) {
            lazy = new Timer("lazy", true);
        }
        return lazy;
    }

    @Override
    public String handleRequest(List<String> ids, Context context) {
        TimerTask log = new TimerTask() {
            @Override
            public void run() {
                context.getLogger().log(ids.toString());
            }
        };
        TICKS.schedule(log, 10);
        FLUSHES.purge();
        own.purge();
        lazy().purge();
        scheduler.later(() -> context.getLogger().log("later"), 100);
        javax.swing.Timer swing = new javax.swing.Timer(100, event -> context.getLogger().log("swing"));
        swing.setRepeats(false);
        ScheduledExecutorService delays = new ScheduledThreadPoolExecutor(1); // Noncompliant {{ScheduledThreadPoolExecutor (thread pool)}}
        delays.schedule(() -> context.getLogger().log("delayed"), 1, TimeUnit.SECONDS);
        delays.shutdown();
        return ids.toString() + swing;
    }

    public static void main(String[] args) {
        Timer local = new Timer();
        local.schedule(new TimerTask() {
            @Override
            public void run() {
                new TimerTrapsHandler().handleRequest(List.of(args), null);
            }
        }, 0);
    }
}
