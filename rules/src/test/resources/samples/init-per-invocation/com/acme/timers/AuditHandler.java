package com.acme.timers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.TimerTask;

/** A project class extending Timer starts a timer thread too. */
public class AuditHandler implements RequestHandler<String, String> {

    @Override
    public String handleRequest(String id, Context context) {
        AuditTimer timer = new AuditTimer(); // Noncompliant {{AuditTimer (timer thread) is built on every invocation}}
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                context.getLogger().log(id);
            }
        }, 100);
        return id;
    }
}
