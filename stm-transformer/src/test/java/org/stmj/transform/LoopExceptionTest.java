package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stmj.core.Stm;
import org.stmj.transform.fixtures.ThrowingVm;
import org.stmj.transform.runtime.Rt;

/**
 * Exceptions through transformed dispatch loops: thrown by a {@code @GilReleased} call, by a bytecode, inside
 * nested loops and atomic blocks, caught by the interpreter's own handlers or leaving the outermost loop. The
 * exception always arrives as itself (never as an escaped abort), the handlers run inside a transaction, no
 * update is lost, and the thread runs no transaction afterwards. Run with {@code -Dstmj.chaos=0.2} too, which
 * aborts transactions at random barriers and commits, also while an exception unwinds and at the final commit.
 */
class LoopExceptionTest {
    static final int N = 300;

    private ClassLoader loader;
    private Class<?> vmc;
    private Class<?> tsc;

    @BeforeEach
    void load() throws Exception {
        loader = new TransformingClassLoader(LoopExceptionTest.class.getClassLoader(),
                Config.packages("org.stmj.transform.fixtures"), false,
                "org.stmj.transform.fixtures.");
        vmc = Class.forName("org.stmj.transform.fixtures.ThrowingVm", true, loader);
        tsc = Class.forName("org.stmj.transform.fixtures.ThrowingVm$ThreadState", true, loader);
        Rt.setStmMode(true);
    }

    @AfterEach
    void gilMode() {
        Rt.setStmMode(false);
    }

    private static int[] code(Integer... c) {
        return List.of(c).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Runs {@code code} from {@code pc} on a new thread state; returns the thread state, or the exception. */
    private Object[] run(Object vm, int[] code, int pc, long loops) throws Exception {
        Object ts = tsc.getConstructor(int[].class, int.class).newInstance(code, pc);
        tsc.getMethod("setLocal", int.class, long.class).invoke(ts, 0, loops);
        Method run = vmc.getMethod("run", tsc);
        Throwable thrown = null;
        try {
            run.invoke(vm, ts);
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        }
        assertFalse(Stm.inTransaction(), "a transaction is still running after the loop returned or threw");
        return new Object[] {ts, thrown};
    }

    private long global(Object vm, int g) throws Exception {
        return (long) vmc.getMethod("global", int.class).invoke(vm, g);
    }

    private long caught(Object ts) throws Exception {
        return (long) tsc.getMethod("caught").invoke(ts);
    }

    @Test
    void whenGilReleasedCallThrows_thenTheLoopsHandlerCatchesIt() throws Exception {
        Object vm = vmc.getConstructor().newInstance();
        int[] c = code(ThrowingVm.TRY, 5, ThrowingVm.RAISE_IO, ThrowingVm.INC, 9, ThrowingVm.INC, 1,
                ThrowingVm.HALT);
        Object[] r = run(vm, c, 0, 0);
        assertNull(r[1], () -> "the exception escaped: " + r[1]);
        assertEquals(1, caught(r[0]));
        assertEquals(1, global(vm, 1), "the handler's write is lost");
        assertEquals(0, global(vm, 9), "the code after the raising call ran");
    }

    @Test
    void whenGilReleasedCallThrowsOutOfTheOutermostLoop_thenTheExceptionArrives() throws Exception {
        Object vm = vmc.getConstructor().newInstance();
        Object[] r = run(vm, code(ThrowingVm.INC, 0, ThrowingVm.RAISE_IO, ThrowingVm.HALT), 0, 0);
        assertNotNull(r[1]);
        assertEquals("VmError", r[1].getClass().getSimpleName(), () -> "not the program's exception: " + r[1]);
        assertEquals(1, global(vm, 0), "the write before the exception is lost");
    }

    @Test
    void whenBytecodeThrowsOutOfTheOutermostLoop_thenItsWritesAreKeptAndTheExceptionArrives() throws Exception {
        Object vm = vmc.getConstructor().newInstance();
        Object[] r = run(vm, code(ThrowingVm.INC, 0, ThrowingVm.RAISE, ThrowingVm.HALT), 0, 0);
        assertNotNull(r[1]);
        assertEquals("raised", ((Throwable) r[1]).getMessage());
        assertEquals(1, global(vm, 0));
        assertEquals(1, global(vm, 14), "an exception leaving the loop ends the transaction normally, writes kept");
    }

    /**
     * Two threads, each a loop of: a caught exception from a released call, the same in a nested loop, one raised
     * by a bytecode, one inside an atomic block, a released call that returns; finally an uncaught one.
     */
    @Test
    void whenTwoThreadsRaiseEverywhere_thenNoAbortEscapesAndNoUpdateIsLost() throws Exception {
        List<Integer> c = new ArrayList<>();
        int top = 0;
        Collections.addAll(c, ThrowingVm.INC, 0, ThrowingVm.TRY, -1, ThrowingVm.RAISE_IO, ThrowingVm.INC, 9);
        c.set(3, c.size());
        Collections.addAll(c, ThrowingVm.INC, 1, ThrowingVm.NESTED, -1);
        int nested = c.size() - 1;
        int h3 = c.size() + 3;
        Collections.addAll(c, ThrowingVm.TRY, h3, ThrowingVm.RAISE);
        Collections.addAll(c, ThrowingVm.INC, 3, ThrowingVm.ENTER, ThrowingVm.TRY, -1, ThrowingVm.RAISE_IO);
        int h4 = c.size() - 2;
        c.set(h4, c.size());
        Collections.addAll(c, ThrowingVm.INC, 4, ThrowingVm.EXIT, ThrowingVm.IO_OK, ThrowingVm.LOOP, 0, top,
                ThrowingVm.RAISE_IO, ThrowingVm.HALT);
        c.set(nested, c.size());
        Collections.addAll(c, ThrowingVm.TRY, -1, ThrowingVm.RAISE_IO, ThrowingVm.INC, 9);
        c.set(c.size() - 4, c.size());
        Collections.addAll(c, ThrowingVm.INC, 2, ThrowingVm.HALT);
        int[] prog = c.stream().mapToInt(Integer::intValue).toArray();
        Object vm = vmc.getConstructor().newInstance();
        Object[][] results = new Object[2][];
        Throwable[] failure = new Throwable[1];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int k = t;
            threads[t] = new Thread(() -> {
                try {
                    results[k] = run(vm, prog, 0, N);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join(60_000);
            assertFalse(t.isAlive(), "a thread hangs");
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        for (Object[] r : results) {
            assertNotNull(r[1], "the final exception did not arrive");
            assertEquals("no such file", ((Throwable) r[1]).getMessage(), () -> "not the program's exception: " + r[1]);
            assertEquals(4L * N, caught(r[0]), "handlers ran a wrong number of times");
        }
        for (int g : new int[] {0, 1, 2, 3, 4, 14, 15}) {
            assertEquals(2L * N, global(vm, g), "global " + g + " lost updates");
        }
        assertEquals(0, global(vm, 9), "code after a raising call ran");
        assertTrue(Stm.statistics().commits() > 0);
    }
}
