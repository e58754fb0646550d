package org.stmj.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stmj.core.Stm;
import org.stmj.transform.fixtures.StackVm;
import org.stmj.transform.runtime.Rt;

/**
 * The GIL-style stack VM of the fixtures, transformed, run by two threads in STM mode: per-bytecode atomicity,
 * atomic blocks lose no update, nested dispatch loops do not split the transaction, and an aborted transaction
 * restarts at its boundary with the loop's locals restored (each thread's count of executed bytecodes, a local
 * of the loop method, comes out exact however many restarts happened).
 */
class InterpreterTest {
    static final int N = 400;
    /** Iterations in auto mode: long enough that the second thread wants to run while the first still runs. */
    static final int N_AUTO = 20_000;
    private int n = N;

    /**
     * A loop of N iterations of every interesting bytecode. Globals: 0 counted by INC, 1 by a LOAD/ADD/STORE
     * sequence inside an atomic block, 2 and 3 moved between by MOVE and checked by CHECK, 4 by a nested loop.
     */
    static int[] code(boolean yield) {
        List<Integer> c = new ArrayList<>();
        c.add(StackVm.SYNC);
        int top = c.size();
        Collections.addAll(c, StackVm.INC, 0, StackVm.ENTER, StackVm.LOAD, 1, StackVm.PUSH, 1, StackVm.ADD,
                StackVm.STORE, 1, StackVm.EXIT, StackVm.MOVE, 2, 3, StackVm.CHECK, 2, 3, 0);
        int call = c.size();
        Collections.addAll(c, StackVm.CALL, -1, StackVm.POP);
        int nest = c.size();
        Collections.addAll(c, StackVm.NESTED, -1, StackVm.POP);
        if (yield) {
            c.add(StackVm.YIELD);
        }
        Collections.addAll(c, StackVm.LOOP, 1, top, StackVm.HALT);
        c.set(call + 1, c.size());
        Collections.addAll(c, StackVm.PUSH, 1, StackVm.RET);
        c.set(nest + 1, c.size());
        Collections.addAll(c, StackVm.INC, 4, StackVm.HALT);
        return c.stream().mapToInt(Integer::intValue).toArray();
    }

    @AfterEach
    void gilMode() {
        Rt.setStmMode(false);
    }

    /** Bytecodes one thread executes for the program, counted by the plain (untransformed) VM. */
    private static long expectedCount(int[] code, int n) {
        StackVm vm = new StackVm(8);
        StackVm.ThreadState ts = new StackVm.ThreadState(code, 2);
        ts.setLocal(1, n);
        vm.run(ts);
        vm.release();
        assertEquals(n, vm.global(0));
        return ts.local(0);
    }

    private void runTwoThreads(boolean yield, boolean forceStm) throws Exception {
        runTwoThreads(Config.packages("org.stmj.transform.fixtures"), yield, forceStm, n);
    }

    /** Two threads run the program on the VM transformed with {@code config}; checks every invariant. */
    static void runTwoThreads(Config config, boolean yield, boolean forceStm) throws Exception {
        runTwoThreads(config, yield, forceStm, forceStm ? N : N_AUTO);
    }

    /** The same with {@code n} iterations per thread. */
    static void runTwoThreads(Config config, boolean yield, boolean forceStm, int n) throws Exception {
        int[] code = code(yield);
        long expected = expectedCount(code, n);
        ClassLoader l = new TransformingClassLoader(InterpreterTest.class.getClassLoader(), config, false,
                "org.stmj.transform.fixtures.");
        Class<?> vmc = Class.forName("org.stmj.transform.fixtures.StackVm", true, l);
        Class<?> tsc = Class.forName("org.stmj.transform.fixtures.StackVm$ThreadState", true, l);
        Object vm = vmc.getConstructor(int.class).newInstance(8);
        vmc.getMethod("setRendezvous", int.class).invoke(vm, 2);
        Constructor<?> newTs = tsc.getConstructor(int[].class, int.class);
        Method run = vmc.getMethod("run", tsc);
        Method release = vmc.getMethod("release");
        Method setLocal = tsc.getMethod("setLocal", int.class, long.class);
        Method local = tsc.getMethod("local", int.class);
        Method global = vmc.getMethod("global", int.class);
        if (forceStm) {
            Rt.setStmMode(true);
        }
        // auto mode: the switch is what is tested, not the grace heuristic (its own tests), so it comes at once when
        // the second thread runs; with the 1 ms default two fast threads could finish first (CI failed once so)
        long grace = Rt.autoGraceMicros();
        if (!forceStm) {
            Rt.setAutoGraceMicros(0);
        }
        try {
            runBoth(vm, code, n, expected, forceStm, newTs, run, release, setLocal, local, global, vmc);
        } finally {
            Rt.setAutoGraceMicros(grace);
        }
    }

    private static void runBoth(Object vm, int[] code, int n, long expected, boolean forceStm, Constructor<?> newTs,
            Method run, Method release, Method setLocal, Method local, Method global, Class<?> vmc) throws Exception {
        long commitsBefore = Stm.statistics().commits();
        long entriesBefore = Rt.stmEntries();
        long abortsBefore = Stm.statistics().aborts();
        Object[] states = new Object[2];
        Throwable[] failure = new Throwable[1];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            Object ts = newTs.newInstance(code, 2);
            setLocal.invoke(ts, 1, (long) n);
            states[t] = ts;
            threads[t] = new Thread(() -> {
                try {
                    run.invoke(vm, ts);
                    release.invoke(vm);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        assertEquals(2L * n, global.invoke(vm, 0), "INC lost updates");
        assertEquals(2L * n, global.invoke(vm, 1), "atomic block lost updates");
        assertEquals(-2L * n, global.invoke(vm, 2));
        assertEquals(2L * n, global.invoke(vm, 3));
        assertEquals(2L * n, global.invoke(vm, 4), "nested loop lost updates");
        assertEquals(0L, vmc.getMethod("violations").invoke(vm), "a bytecode saw another half done");
        if (forceStm) {
            // Only when STM runs from the first boundary: a GIL-to-STM switch re-enters the loop, and by the
            // boundary contract locals do not survive that (only heap state does).
            for (Object ts : states) {
                assertEquals(expected, local.invoke(ts, 0), "executed-bytecode count (a restored local) is off");
            }
        }
        assertTrue(Rt.stmEntries() > entriesBefore, "the loops entered STM mode");
        assertTrue(Stm.statistics().commits() > commitsBefore, "transactions ran");
        if (Double.parseDouble(System.getProperty("stmj.chaos", "0").isBlank() ? "0"
                : System.getProperty("stmj.chaos", "0")) > 0) {
            assertTrue(Stm.statistics().aborts() > abortsBefore, "chaos mode aborted transactions");
        }
    }

    @Test
    void whenTwoThreadsRunInStmMode_thenEveryBytecodeIsAtomicAndLocalsSurviveRestarts() throws Exception {
        runTwoThreads(false, true);
    }

    @Test
    void whenSecondThreadEntersLoop_thenAutoModeSwitchesAndResultsHold() throws Exception {
        n = N_AUTO;
        runTwoThreads(false, false);
    }

    @Test
    void whenLoopYieldsThroughGilReleasedCall_thenInevitableTailKeepsResults() throws Exception {
        runTwoThreads(true, true);
    }
}
