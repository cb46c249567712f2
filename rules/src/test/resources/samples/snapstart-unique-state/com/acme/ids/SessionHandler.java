package com.acme.ids;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

/** State made during INIT and kept: every environment restored from the snapshot shares it. */
public class SessionHandler implements RequestHandler<String, String> {
    private static final Logger LOG = Logger.getLogger("sessions");
    private static final Clock CLOCK = Clock.systemUTC();

    private static final Random RNG = new Random(); // Noncompliant {{a java.util.Random (new Random()) created during INIT of SessionHandler is kept in RNG}} {{SnapStart is on for SessionFunction (template.yaml:10)}}
    private static final UUID ENVIRONMENT_ID = UUID.randomUUID(); // Noncompliant {{a random UUID (UUID.randomUUID()) made during INIT}} {{repeats across environments}}
    private static final String LOG_PREFIX = "session-" + UUID.randomUUID(); // Noncompliant {{kept in LOG_PREFIX}}
    private static final long STARTED = System.currentTimeMillis(); // Noncompliant {{a clock reading (System.currentTimeMillis())}} {{the snapshot's}}
    private static final int SHARD = new SecureRandom().nextInt(16); // Noncompliant {{a value drawn from a generator}}
    private static final Random SEEDED_BY_TIME = new Random(System.nanoTime()); // Noncompliant {{seeds the generator kept in SEEDED_BY_TIME}}
    private static final String INSTANCE = newInstanceId();
    private static final String ENVIRONMENT = Environment.id();
    private static final byte[] KEY = new byte[32];
    private static final Random RESEEDED = new Random(42);
    private static String tag;

    private final Instant bootedAt = Instant.now(); // Noncompliant {{kept in bootedAt}}
    private final double sampleRate;
    private final long clockMillis;
    private final Random injected;

    // restore-safe, constant, or not kept: quiet
    private static final SecureRandom SECURE = new SecureRandom();
    private static final Random FIXED_SEED = new Random(42);
    private static final String NAME = "sessions";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Supplier<UUID> IDS = UUID::randomUUID;
    private static final long INIT_MILLIS;
    private static final Duration INIT_TIME;
    private static final String REGION = System.getenv("AWS_REGION");
    private long lastSeen = System.currentTimeMillis();
    private UUID sandboxId;

    static {
        SECURE.nextBytes(KEY); // Noncompliant {{random bytes}} {{kept in KEY}}
        RESEEDED.setSeed(System.currentTimeMillis()); // Noncompliant {{seeds the generator kept in RESEEDED}}
        String id = UUID.randomUUID().toString(); // Noncompliant {{kept in tag}}
        tag = id;
        long start = System.currentTimeMillis();
        Instant begin = Instant.now();
        LOG.info("initialising at " + System.currentTimeMillis() + " as " + UUID.randomUUID());
        INIT_MILLIS = System.currentTimeMillis() - start;
        INIT_TIME = Duration.between(begin, Instant.now());
    }

    public SessionHandler() {
        this(new Random()); // Noncompliant {{kept in injected}}
    }

    SessionHandler(Random random) {
        this.injected = random;
        this.sampleRate = Math.random(); // Noncompliant {{a Math.random() value}}
        this.clockMillis = CLOCK.millis(); // Noncompliant {{a clock reading (CLOCK.millis())}}
        long constructed = System.nanoTime();
        LOG.fine("constructed in " + (System.nanoTime() - constructed) + " ns");
    }

    private static String newInstanceId() {
        return UUID.randomUUID().toString(); // Noncompliant {{kept in INSTANCE}} {{via SessionHandler.<clinit> -> SessionHandler.newInstanceId}}
    }

    @Override
    public String handleRequest(String input, Context context) {
        String requestId = UUID.randomUUID().toString();
        int jitter = ThreadLocalRandom.current().nextInt(100);
        lastSeen = System.currentTimeMillis();
        if (sandboxId == null) {
            sandboxId = UUID.randomUUID();
        }
        return requestId + jitter + sandboxId + RNG.nextInt() + ENVIRONMENT_ID + LOG_PREFIX + STARTED + SHARD
                + SEEDED_BY_TIME.nextInt() + INSTANCE + tag + bootedAt + sampleRate + clockMillis + injected.nextInt()
                + SECURE.nextInt() + FIXED_SEED.nextInt() + NAME + COUNTER.incrementAndGet() + IDS.get()
                + ENVIRONMENT + INIT_MILLIS + INIT_TIME + REGION + lastSeen + KEY.length + RESEEDED.nextInt();
    }

    /** Code only main runs is not the function's INIT. */
    public static void main(String[] args) {
        tag = UUID.randomUUID().toString();
    }
}
