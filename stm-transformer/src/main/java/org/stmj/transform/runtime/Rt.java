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
import org.stmj.core.Txn;

/**
 * The protocol transformed code follows around transactions; every method here is called only from code the
 * transformer emitted, and the exact call sequences are described in {@code papers/design/transformer.md}.
 *
 * <p>Per thread, a loop depth says whether the running transaction may be split at a boundary: it is 0 inside
 * the outermost dispatch loop of a transaction begun by {@link #loopBegin}, positive in nested loops, and
 * {@link #NOT_SPLITTABLE} in transactions begun elsewhere (an {@code @Atomic} method, {@code Atomic.run}).
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

    /** Depth meaning "the running transaction was not begun by a dispatch loop: never split it". */
    static final int NOT_SPLITTABLE = 1 << 20;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[] {NOT_SPLITTABLE});
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
        if (LOOP_THREADS.incrementAndGet() > 1 && AUTO) {
            stmMode = true;
        }
    }

    /** A thread left a dispatch loop. */
    public static void loopThreadExit() {
        LOOP_THREADS.decrementAndGet();
    }

    // ---- retry wrappers: loop entry from GIL code, and @Atomic methods ----

    /** Begins the transaction of a dispatch loop entered from uninstrumented code. */
    public static Txn loopBegin() {
        DEPTH.get()[0] = 0;
        return EngineLink.begin();
    }

    /** Commits a dispatch loop's transaction when the loop returns; {@code false}: it aborted, run again. */
    public static boolean loopCommit(Txn tx) {
        boolean ok = EngineLink.commit(tx);
        DEPTH.get()[0] = NOT_SPLITTABLE;
        return ok;
    }

    /**
     * A throwable left a dispatch loop's transaction. An abort rolls back and returns {@code null} (run again);
     * any other throwable commits the effects up to it, as a GIL interpreter would have, and is returned to be
     * rethrown (or {@code null} when that commit aborts).
     */
    public static Throwable loopFail(Txn tx, Throwable t) {
        DEPTH.get()[0] = NOT_SPLITTABLE;
        if (t instanceof ControlFlowError) {
            EngineLink.restart(tx);
            return null;
        }
        return EngineLink.commit(tx) ? t : null;
    }

    /** Begins an {@code @Atomic} method's transaction (called only when no transaction runs). */
    public static Txn atomicBegin() {
        DEPTH.get()[0] = NOT_SPLITTABLE;
        return EngineLink.begin();
    }

    /** Commits an {@code @Atomic} method's transaction; {@code false}: it aborted, run again. */
    public static boolean atomicCommit(Txn tx) {
        return EngineLink.commit(tx);
    }

    /**
     * A throwable left an {@code @Atomic} method: the transaction rolls back; an abort returns {@code null}
     * (run again), anything else is returned to be rethrown, after validation (an exception seen in an
     * inconsistent state restarts instead).
     */
    public static Throwable atomicFail(Txn tx, Throwable t) {
        if (t instanceof ControlFlowError) {
            EngineLink.restart(tx);
            return null;
        }
        if (!EngineLink.validateQuietly(tx)) {
            EngineLink.restart(tx);
            return null;
        }
        EngineLink.rollback(tx);
        return t;
    }

    // ---- dispatch loops inside a transaction ----

    /** Entry of a transactional dispatch loop: returns the depth it runs at (0 = may split the transaction). */
    public static int loopEnter() {
        int[] d = DEPTH.get();
        int token = d[0];
        if (token < NOT_SPLITTABLE) {
            d[0] = token + 1;
        }
        return token;
    }

    /** Exit of a transactional dispatch loop, normal or not: restores the depth it was entered at. */
    public static void loopExit(int token) {
        DEPTH.get()[0] = token;
    }

    /**
     * A boundary in a transactional dispatch loop. At depth 0, outside atomic blocks, the engine may commit and
     * begin the next transaction: the new one is returned and the caller saves its locals here. Otherwise
     * returns {@code null} and the transaction goes on.
     */
    public static Txn boundary(Txn tx, int token) {
        if (token != 0) {
            return null;
        }
        return EngineLink.boundary(tx);
    }

    /**
     * The loop's transaction aborted after a boundary: rolls back, waits as contention management says, and
     * begins the transaction that restarts at the boundary.
     */
    public static Txn loopRestart(Txn tx) {
        DEPTH.get()[0] = 1;
        EngineLink.restart(tx);
        return EngineLink.begin();
    }

    // ---- GIL-released calls and atomic blocks ----

    /** Before a {@code @GilReleased} call: commits (or, in an atomic block, becomes inevitable); the new tx. */
    public static Txn gilReleasedBefore(Txn tx) {
        return EngineLink.beforeBlocking(tx);
    }

    /** After a {@code @GilReleased} call: the inevitable transaction that runs until the next boundary. */
    public static Txn gilReleasedAfter(Txn tx) {
        return EngineLink.afterBlocking(tx);
    }

    /** An {@code @AtomicBlock(ENTER)} call in transformed code. */
    public static void blockEnter(Txn tx) {
        EngineLink.blockEnter(tx);
    }

    /** An {@code @AtomicBlock(EXIT)} call in transformed code. */
    public static void blockExit(Txn tx) {
        EngineLink.blockExit(tx);
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
        EngineLink.becomeInevitable(tx);
    }

    /** The call sites made inevitable so far (for tests and the report). */
    public static Set<String> inevitableSites() {
        return Set.copyOf(REPORTED);
    }

    /** At the start of a catch handler in transformed code: the transaction must still be consistent. */
    public static void onCatch(Txn tx) {
        if (tx != null) {
            EngineLink.validate(tx);
        }
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
