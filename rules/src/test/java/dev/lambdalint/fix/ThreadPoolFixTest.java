package dev.lambdalint.fix;

import static dev.lambdalint.fix.Projects.HANDLER;
import static dev.lambdalint.fix.Projects.handler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lambdalint.AnalysisResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thread pool made per invocation moves into a static field only where sharing it keeps what the handler does: a
 * shutdown() that waits for nothing goes with the move; a close or awaitTermination that waits for the pool's tasks
 * keeps the code as it is, since the shared pool is never closed and the handler would return before its tasks end.
 */
class ThreadPoolFixTest {
    private static final String POOLS = "import java.util.concurrent.ExecutorService;\n"
            + "import java.util.concurrent.Executors;\n";

    @TempDir
    Path dir;

    private FindingFix onlyFix(String body) {
        Projects.write(dir, Map.of(HANDLER, handler(POOLS, "", body)));
        AnalysisResult result = Projects.analyze(dir);
        assertEquals(1, result.findings().size(), () -> "one finding expected: " + result.findings());
        assertEquals("init-per-invocation", result.findings().get(0).ruleId());
        return result.fixes().of(result.findings().get(0)).orElseThrow();
    }

    private void assertNotFixedBecause(String fragment, String body) {
        FindingFix fix = onlyFix(body);
        assertFalse(fix.fixable(), () -> "no fix expected, got: " + fix.description());
        assertTrue(fix.reason().contains(fragment), () -> "reason '" + fix.reason() + "' lacks '" + fragment + "'");
    }

    @Test
    void aPoolShutDownInFinallyMovesAndItsShutdownGoes() {
        Projects.write(dir, Map.of(HANDLER, handler(POOLS, "", """
                        ExecutorService pool = Executors.newFixedThreadPool(4);
                        try {
                            pool.submit(input::trim);
                            return input;
                        } finally {
                            pool.shutdown();
                        }
                """)));

        FixPlan plan = Projects.plan(dir);
        assertEquals(handler(POOLS, """
                    private static final ExecutorService EXECUTOR_SERVICE = Executors.newFixedThreadPool(4);

                """, """
                        ExecutorService pool = EXECUTOR_SERVICE;
                        pool.submit(input::trim);
                        return input;
                """), plan.changes().get(0).after());
    }

    @Test
    void aTryWithResourcesWaitsForThePoolsTasksOnClose() {
        assertNotFixedBecause("waits for the tasks it runs", """
                        try (ExecutorService pool = Executors.newWorkStealingPool()) {
                            pool.submit(input::trim);
                        }
                        return input;
                """);
    }

    @Test
    void awaitTerminationAfterShutdownWaitsForThePoolsTasks() {
        assertNotFixedBecause("waits for the tasks it runs (pool.awaitTermination(…))", """
                        ExecutorService pool = Executors.newCachedThreadPool();
                        pool.submit(input::trim);
                        pool.shutdown();
                        try {
                            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return input;
                """);
    }

    @Test
    void aCloseStatementWaitsForThePoolsTasksToo() {
        assertNotFixedBecause("waits for the tasks it runs (pool.close(…))", """
                        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(2);
                        pool.submit(input::trim);
                        pool.close();
                        return input;
                """);
    }

    @Test
    void aPoolClosedThroughATryWithResourcesOfItsNameWaitsAsMuch() {
        assertNotFixedBecause("waits for the tasks it runs", """
                        ExecutorService pool = Executors.newSingleThreadExecutor();
                        try (pool) {
                            pool.submit(input::trim);
                        }
                        return input;
                """);
    }

    @Test
    void theProjectsOwnPoolWaitsOnCloseAsTheJdkPoolItExtends() {
        String pool = """
                package com.acme;

                import java.util.concurrent.LinkedBlockingQueue;
                import java.util.concurrent.ThreadPoolExecutor;
                import java.util.concurrent.TimeUnit;

                class NamedPool extends ThreadPoolExecutor {
                    NamedPool() {
                        super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
                    }
                }
                """;
        Projects.write(dir, Map.of("src/main/java/com/acme/NamedPool.java", pool));
        assertNotFixedBecause("waits for the tasks it runs (pool.close(…))", """
                        NamedPool pool = new NamedPool();
                        pool.submit(input::trim);
                        pool.close();
                        return input;
                """);
    }

    @Test
    void aPoolSizedFromTheEventAfterItIsBuiltKeepsItsCode() {
        assertNotFixedBecause("configured after it is built (pool.setCorePoolSize(…))", """
                        java.util.concurrent.ThreadPoolExecutor pool =
                                (java.util.concurrent.ThreadPoolExecutor) Executors.newCachedThreadPool();
                        pool.setCorePoolSize(input.length());
                        pool.submit(input::trim);
                        return input;
                """);
    }

    @Test
    void guavasShutdownAndAwaitTerminationShutsThePoolDownAndWaits() {
        Projects.write(dir, Map.of(HANDLER, handler(POOLS + "import com.google.common.util.concurrent.MoreExecutors;\n",
                "", """
                        ExecutorService pool = Executors.newFixedThreadPool(2);
                        pool.submit(input::trim);
                        MoreExecutors.shutdownAndAwaitTermination(pool, java.time.Duration.ofSeconds(5));
                        return input;
                """)));
        AnalysisResult result = Projects.analyze(dir);
        FindingFix fix = result.fixes().of(result.findings().get(0)).orElseThrow();
        assertFalse(fix.fixable(), () -> "no fix expected, got: " + fix.description());
        assertTrue(fix.reason().contains("passed to shutdownAndAwaitTermination()"), fix.reason());
    }
}
