package com.acme.ids;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;
import org.crac.Core;
import org.crac.Resource;

/** CRaC hooks: beforeCheckpoint is INIT too; afterRestore makes things again in each restored environment. */
public class CheckpointHandler implements RequestHandler<String, String>, Resource {
    private static Random restoredRng = new Random();
    private static UUID session = UUID.randomUUID();
    private static UUID restoredAnonymously = UUID.randomUUID();
    private Random checkpointRng;
    private SecureRandom checkpointSecure;
    private final IdGenerator ids = new IdGenerator();

    public CheckpointHandler() {
        Core.getGlobalContext().register(this);
        Core.getGlobalContext().register(new Resource() {
            @Override
            public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
            }

            @Override
            public void afterRestore(org.crac.Context<? extends Resource> context) {
                restoredAnonymously = UUID.randomUUID();
            }
        });
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        checkpointRng = new Random(); // Noncompliant {{created during INIT of CheckpointHandler is kept in checkpointRng}} {{via CheckpointHandler.beforeCheckpoint}}
        checkpointSecure = new SecureRandom();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        restoredRng = new Random();
        renewSession();
    }

    private static void renewSession() {
        session = UUID.randomUUID();
    }

    @Override
    public String handleRequest(String input, Context context) {
        return "" + restoredRng.nextInt() + session + restoredAnonymously + checkpointRng.nextInt()
                + checkpointSecure.nextInt() + ids.next();
    }
}
