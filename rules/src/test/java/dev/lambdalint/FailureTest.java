package dev.lambdalint;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the analysis thread's failure reaches the front ends, which print it without a stack trace. */
class FailureTest {
    @Test
    void runningOutOfHeapSaysWhatToDoWhereverItWasWrapped() {
        OutOfMemoryError error = new OutOfMemoryError("Java heap space");
        for (Throwable thrown : new Throwable[] {error, new IllegalStateException("a parsing worker failed", error)}) {
            RuntimeException failure = LambdaLint.failure(thrown);
            assertInstanceOf(OutOfMemory.class, failure);
            assertSame(error, failure.getCause());
            String shown = failure.toString();
            assertTrue(shown.startsWith("out of memory (Java heap space, the JVM's heap is at most "), shown);
            assertTrue(shown.contains("-Xmx") && shown.contains("MAVEN_OPTS"), shown);
        }
    }

    @Test
    void otherFailuresPassAsTheyAre() {
        IllegalArgumentException bug = new IllegalArgumentException("a bug");
        assertSame(bug, LambdaLint.failure(bug));
        StackOverflowError deep = new StackOverflowError();
        assertSame(deep, assertThrows(StackOverflowError.class, () -> LambdaLint.failure(deep)));
    }
}
