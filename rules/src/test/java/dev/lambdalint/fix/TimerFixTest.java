package dev.lambdalint.fix;

import static dev.lambdalint.fix.Projects.HANDLER;
import static dev.lambdalint.fix.Projects.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import dev.lambdalint.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timer, a Netty group or a Reactor scheduler made per invocation moves into a static field when nothing in the
 * handler ends it; one the handler cancels, stops, shuts down or disposes of keeps its code (fixes.json
 * waitingCloses), since a shared one must stay up and without the end what the call left scheduled would run in later
 * invocations, or the handler would no longer wait for the group's work.
 */
class TimerFixTest {
    private static final String TIMER = "import java.util.Timer;\nimport java.util.TimerTask;\n";
    private static final String NETTY = "import io.netty.channel.EventLoopGroup;\n"
            + "import io.netty.channel.nio.NioEventLoopGroup;\n";
    private static final String TASK = "                new TimerTask() { public void run() { } }";

    @TempDir
    Path dir;

    private FindingFix onlyFix(String imports, String body) {
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", body)));
        AnalysisResult result = Projects.analyze(dir);
        List<Finding> findings = result.findings().stream()
                .filter(f -> f.ruleId().equals("init-per-invocation")).toList();
        assertEquals(1, findings.size(), () -> "one finding expected: " + result.findings());
        return result.fixes().of(findings.get(0)).orElseThrow();
    }

    private void assertNotFixedBecause(String fragment, String imports, String body) {
        FindingFix fix = onlyFix(imports, body);
        assertFalse(fix.fixable(), () -> "no fix expected, got: " + fix.description());
        assertTrue(fix.reason().contains(fragment), () -> "reason '" + fix.reason() + "' lacks '" + fragment + "'");
    }

    @Test
    void aTimerNothingCancelsMovesIntoAStaticField() {
        Projects.write(dir, Map.of(HANDLER, handler(TIMER, "", """
                        Timer timer = new Timer(true);
                        timer.schedule(
                """ + TASK + """
                , 10);
                        return input;
                """)));

        FixPlan plan = Projects.plan(dir);
        assertEquals(handler(TIMER, """
                    private static final Timer TIMER = new Timer(true);

                """, """
                        Timer timer = TIMER;
                        timer.schedule(
                """ + TASK + """
                , 10);
                        return input;
                """), plan.changes().get(0).after());
    }

    @Test
    void aTimerCancelledAtTheEndOfTheCallKeepsItsCode() {
        assertNotFixedBecause("it cancels the timer (watchdog.cancel(…))", TIMER, """
                        Timer watchdog = new Timer("watchdog", true);
                        watchdog.schedule(
                """ + TASK + """
                , 5000);
                        try {
                            return input.trim();
                        } finally {
                            watchdog.cancel();
                        }
                """);
    }

    @Test
    void aWheelTimerStoppedAtTheEndOfTheCallKeepsItsCode() {
        assertNotFixedBecause("it stops the timer (wheel.stop(…))", "import io.netty.util.HashedWheelTimer;\n", """
                        HashedWheelTimer wheel = new HashedWheelTimer();
                        wheel.newTimeout(t -> { }, 1, java.util.concurrent.TimeUnit.SECONDS);
                        wheel.stop();
                        return input;
                """);
    }

    @Test
    void aGroupShutDownAndWaitedForKeepsItsCode() {
        assertNotFixedBecause("it shuts the group down (group.shutdownGracefully(…))", NETTY, """
                        EventLoopGroup group = new NioEventLoopGroup();
                        try {
                            group.submit(input::trim);
                            return input;
                        } finally {
                            group.shutdownGracefully().syncUninterruptibly();
                        }
                """);
    }

    @Test
    void aGroupShutDownWithoutWaitingKeepsItsCodeToo() {
        assertNotFixedBecause("which a shared group must never do", NETTY, """
                        EventLoopGroup group = new NioEventLoopGroup(1);
                        group.submit(input::trim);
                        group.shutdownGracefully();
                        return input;
                """);
    }

    @Test
    void aGroupWhoseTerminationIsAwaitedKeepsItsCode() {
        assertNotFixedBecause("(group.awaitTermination(…))", NETTY, """
                        EventLoopGroup group = new io.netty.channel.DefaultEventLoopGroup();
                        group.submit(input::trim);
                        try {
                            group.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return input;
                """);
    }

    @Test
    void aGroupClosedByATryWithResourcesKeepsItsCode() {
        assertNotFixedBecause("it shuts the group down (the close of its try-with-resources)", NETTY, """
                        try (EventLoopGroup group = new NioEventLoopGroup()) {
                            group.submit(input::trim);
                        }
                        return input;
                """);
    }

    @Test
    void aGroupNothingShutsDownMovesIntoAStaticField() {
        Projects.write(dir, Map.of(HANDLER, handler(NETTY, "", """
                        EventLoopGroup group = new NioEventLoopGroup(1);
                        group.submit(input::trim);
                        return input;
                """)));

        FixPlan plan = Projects.plan(dir);
        assertEquals(handler(NETTY, """
                    private static final EventLoopGroup NIO_EVENT_LOOP_GROUP = new NioEventLoopGroup(1);

                """, """
                        EventLoopGroup group = NIO_EVENT_LOOP_GROUP;
                        group.submit(input::trim);
                        return input;
                """), plan.changes().get(0).after());
    }

    @Test
    void aReactorSchedulerDisposedAtTheEndOfTheCallKeepsItsCode() {
        assertNotFixedBecause("it disposes of the scheduler (scheduler.dispose(…))",
                "import reactor.core.scheduler.Scheduler;\nimport reactor.core.scheduler.Schedulers;\n", """
                        Scheduler scheduler = Schedulers.newParallel("work");
                        try {
                            scheduler.schedule(input::trim);
                            return input;
                        } finally {
                            scheduler.dispose();
                        }
                """);
    }

    @Test
    void aReactorSchedulerNothingDisposesMovesIntoAStaticField() {
        String imports = "import reactor.core.scheduler.Scheduler;\nimport reactor.core.scheduler.Schedulers;\n";
        Projects.write(dir, Map.of(HANDLER, handler(imports, "", """
                        Scheduler scheduler = Schedulers.newSingle("work");
                        scheduler.schedule(input::trim);
                        return input;
                """)));

        FixPlan plan = Projects.plan(dir);
        assertEquals(handler(imports, """
                    private static final Scheduler SCHEDULER = Schedulers.newSingle("work");

                """, """
                        Scheduler scheduler = SCHEDULER;
                        scheduler.schedule(input::trim);
                        return input;
                """), plan.changes().get(0).after());
    }
}
