package org.stmj.transform.runtime;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.stmj.core.Barriers;
import org.stmj.core.ControlFlowError;
import org.stmj.core.Stm;
import org.stmj.core.Txn;

/**
 * The protocol transformed code follows around transactions; every method here is called only from code the
 * transformer emitted, and the exact call sequences are described in {@code papers/design/transformer.md}.
 *
 * <p>Generated code calls the engine's boundary API ({@link org.stmj.core.Stm}) directly where it maps one to
 * one; this class holds what the transformer adds to it: the STM-mode switch of uninstrumented dispatch loops,
 * the boundary and restart steps, the once-per-site report of inevitable calls, and {@link #stringOf}.
 */
public final class Rt {
    /**
     * Whether threads run dispatch loops transactionally. Uninstrumented loops read it at every boundary and
     * switch to their transactional twin when it is set. Set by {@code -Dstmj.mode=stm}, by {@link #setStmMode},
     * or, in the default {@code auto} mode, when a second thread enters a dispatch loop.
     */
    public static volatile boolean stmMode = "stm".equals(System.getProperty("stmj.mode"));

    private static final boolean AUTO = System.getProperty("stmj.mode", "auto").equals("auto");
    private static final java.util.concurrent.atomic.AtomicInteger LOOP_THREADS =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Threads running an uninstrumented dispatch loop that have not switched to STM mode. */
    private static final java.util.concurrent.atomic.AtomicInteger GIL_RUNNING =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Per thread: [0] uninstrumented loop depth, [1] atomic blocks entered in GIL mode, [2] 1 once switched. */
    private static final ThreadLocal<int[]> LOOPS = ThreadLocal.withInitial(() -> new int[3]);
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static volatile PrintWriter report;

    static final MethodHandle INEVITABLE;
    static final MethodHandle STRING_OF;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            INEVITABLE = l.findStatic(Rt.class, "inevitable", MethodType.methodType(void.class, Txn.class,
                    String.class));
            STRING_OF = l.findStatic(Rt.class, "stringOf", MethodType.methodType(String.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Rt() {
    }

    /** Turns STM mode on or off for the boundaries reached from now on. */
    public static void setStmMode(boolean on) {
        stmMode = on;
    }

    /** Where inevitable call sites are reported, once each ({@code null}: standard error). */
    public static synchronized void reportTo(String file) throws IOException {
        report = file == null ? null : new PrintWriter(new FileWriter(file, true), true);
    }

    // ---- uninstrumented dispatch loops (auto mode) ----

    /** A thread entered an uninstrumented dispatch loop; in auto mode a second one turns STM mode on. */
    public static void loopThreadEnter() {
        int[] d = LOOPS.get();
        if (d[0]++ == 0) {
            GIL_RUNNING.incrementAndGet();
            if (LOOP_THREADS.incrementAndGet() > 1 && AUTO) {
                stmMode = true;
            }
        }
    }

    /** A thread left a dispatch loop. */
    public static void loopThreadExit() {
        int[] d = LOOPS.get();
        if (--d[0] == 0) {
            LOOP_THREADS.decrementAndGet();
            if (d[2] == 0) {
                GIL_RUNNING.decrementAndGet();
            }
            d[2] = 0;
        }
    }

    /** Uninstrumented code calls a {@code @GilReleased} method: the thread runs no bytecode until it returns. */
    public static void gilReleasedEnter() {
        int[] d = LOOPS.get();
        if (d[0] > 0 && d[2] == 0) {
            GIL_RUNNING.decrementAndGet();
        }
    }

    /** The {@code @GilReleased} call of {@link #gilReleasedEnter} returned (normally or not). */
    public static void gilReleasedExit() {
        int[] d = LOOPS.get();
        if (d[0] > 0 && d[2] == 0) {
            GIL_RUNNING.incrementAndGet();
        }
    }

    /**
     * A thread's dispatch loop switches to STM mode. No transaction may run while another thread still
     * executes a bytecode uninstrumented (its plain writes would race with the transactions), so this waits
     * until every thread running a dispatch loop has switched too, which each does at its next boundary.
     */
    public static void enterStm() {
        int[] d = LOOPS.get();
        if (d[0] > 0 && d[2] == 0) {
            d[2] = 1;
            GIL_RUNNING.decrementAndGet();
        }
        while (GIL_RUNNING.get() > 0) {
            Thread.yield();
        }
    }

    /** An uninstrumented {@code @AtomicBlock(ENTER)} call returned: no switch to STM mode until the exit. */
    public static void gilBlockEnter() {
        LOOPS.get()[1]++;
    }

    /** An uninstrumented {@code @AtomicBlock(EXIT)} call returned. */
    public static void gilBlockExit() {
        LOOPS.get()[1]--;
    }

    /**
     * Whether this thread's uninstrumented dispatch loop may switch to STM mode at this boundary: not inside
     * an atomic block entered in GIL mode (its enter ran without a transaction).
     */
    public static boolean mayEnterStm() {
        return LOOPS.get()[1] == 0;
    }

    // ---- dispatch loops inside a transaction ----

    /**
     * A boundary in a transactional dispatch loop: when the engine says this boundary ends the running
     * transaction (or none runs yet), commits it and begins the next, whose handle is returned; the caller then
     * saves its locals here. Otherwise returns {@code null} and the transaction goes on.
     */
    public static Txn boundary(Txn tx) {
        return Stm.atBoundary(tx) ? Stm.split(tx) : null;
    }

    /**
     * The restart handler of a transactional dispatch loop caught an abort: begins the transaction that restarts
     * at the last boundary, or, when this loop is not the restart point (nested loop, atomic scope), leaves the
     * loop and rethrows.
     */
    public static Txn loopRestart(Txn tx) {
        try {
            return Stm.restart(tx);
        } catch (ControlFlowError e) {
            Stm.loopExit();
            throw e;
        }
    }

    // ---- calls to code that is not transformed ----

    /** Makes the transaction inevitable before a call to code that is not transformed; reports the site once. */
    public static void inevitable(Txn tx, String site) {
        if (tx == null) {
            return;
        }
        if (REPORTED.add(site)) {
            PrintWriter w = report;
            String line = "stmj: inevitable: " + site;
            if (w != null) {
                w.println(line);
            } else if (Boolean.getBoolean("stmj.reportInevitable")) {
                System.err.println(line);
            }
        }
        Stm.becomeInevitable(tx, site);
    }

    /** The call sites made inevitable so far (for tests and the report). */
    public static Set<String> inevitableSites() {
        return Set.copyOf(REPORTED);
    }

    /** {@code String.valueOf(o)} that runs a transformed {@code toString} transactionally. */
    public static String stringOf(Object o) {
        Txn tx = Barriers.current();
        if (tx == null || o == null || o instanceof String || o instanceof Number || o instanceof Character
                || o instanceof Boolean) {
            return String.valueOf(o);
        }
        MethodHandle mh = TO_STRING.get(o.getClass());
        if (mh == null) {
            inevitable(tx, "toString of " + o.getClass().getName());
            return String.valueOf(o);
        }
        try {
            return (String) mh.invoke(o, tx);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ClassValue<MethodHandle> TO_STRING = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> c) {
            return Twins.find(c, "toString$stm", MethodType.methodType(String.class, Txn.class));
        }
    };
}
