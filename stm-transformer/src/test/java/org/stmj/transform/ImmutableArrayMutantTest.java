package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Why an array may be marked {@code @ImmutableArray} (as {@code PyTuple.items} is) only when nothing writes it after
 * it is published: a reader loads such an array's elements with no barrier, so it sees a writer's uncommitted
 * in-place writes. On {@code SharedCells}, whose array is written after publication, a reader running while a
 * writer is paused halfway through its transaction sees all cells equal as transformed (the element barrier meets
 * the writer's locks and waits for its commit), and a mix of old and new values once the field is configured as
 * immutable (the mutant).
 */
class ImmutableArrayMutantTest {
    static final String CELLS = "org.stmj.transform.fixtures.SharedCells";

    /** Runs a reader while a writer is paused halfway through filling the cells; returns what the reader saw. */
    private static boolean readerSeesUniform(Config config) throws Exception {
        ClassLoader l = new TransformingClassLoader(ImmutableArrayMutantTest.class.getClassLoader(), config, false,
                "org.stmj.transform.fixtures.");
        Class<?> c = Class.forName(CELLS, true, l);
        Object cells = c.getConstructor().newInstance();
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch readerDone = new CountDownLatch(1);
        Runnable halfway = () -> {
            paused.countDown();
            try {
                // the reader either finishes (mutant) or waits for this transaction's locks (barrier): go on then
                readerDone.await(300, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Throwable[] failure = new Throwable[1];
        Thread writer = new Thread(() -> {
            try {
                c.getMethod("fill", int.class, Runnable.class).invoke(cells, 7, halfway);
            } catch (Throwable e) {
                failure[0] = e;
            }
        });
        writer.start();
        assertTrue(paused.await(10, TimeUnit.SECONDS), "the writer reached halfway");
        boolean uniform = (Boolean) c.getMethod("uniform").invoke(cells);
        readerDone.countDown();
        writer.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        return uniform;
    }

    @Test
    void whenTheWrittenArrayKeepsItsBarrier_thenAReaderNeverSeesAHalfDoneFill() throws Exception {
        assertTrue(readerSeesUniform(Config.packages("org.stmj.transform.fixtures")));
    }

    @Test
    void whenTheWrittenArrayIsWronglyMarkedImmutable_thenAReaderSeesAHalfDoneFill() throws Exception {
        assertFalse(readerSeesUniform(Config.packages("org.stmj.transform.fixtures")
                .with("immutableArrays", CELLS + ".cells")));
    }
}
