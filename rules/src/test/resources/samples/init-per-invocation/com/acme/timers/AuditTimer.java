package com.acme.timers;

import java.util.Timer;

/** The project's own timer: a java.util.Timer whose thread carries a name. */
public class AuditTimer extends Timer {
    public AuditTimer() {
        super("audit", true);
    }
}
