package com.acme.timers;

import java.util.Timer;
import java.util.TimerTask;

/** A singleton made when the class loads: its timer is made once per execution environment. */
public final class Scheduler {
    private static final Scheduler INSTANCE = new Scheduler();

    private final Timer timer = new Timer("scheduler", true);

    private Scheduler() {
    }

    public static Scheduler get() {
        return INSTANCE;
    }

    public void later(Runnable work, long millis) {
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                work.run();
            }
        }, millis);
    }
}
