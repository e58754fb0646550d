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
     * The phase: whether threads run dispatch loops transactionally. Uninstrumented loops read it at every
     * outermost boundary and switch to their transactional twin when it is set. Set by {@code -Dstmj.mode=stm},
     * by {@link #setStmMode}, or, in auto mode, when a second thread wants to run bytecode; cleared in auto
     * mode when a transactional thread finds itself alone at a commit point.
     */
    public static volatile boolean stmMode = "stm".equals(System.getProperty("stmj.mode"));

    /** Whether the process was started in auto mode ({@code stmj.mode} unset or {@code auto}). */
    private static final boolean AUTO_BY_DEFAULT = System.getProperty("stmj.mode", "auto").equals("auto");

    /** Auto mode: GIL execution while one thread runs bytecode, transactions while several do. */
    private static volatile boolean auto = AUTO_BY_DEFAULT && !stmMode;

    /** Times a dispatch loop entered transactional execution (for tests and reports). */
    private static volatile long stmEntries;

    /** Times a transactional dispatch loop went back to GIL execution, alone (for tests and reports). */
    private static volatile long gilReturns;

    /*
     * Diagnostics of the phase lock (under PHASE): STM mode requested in auto mode, by whom; waits of a thread that
     * wanted to run uninstrumented bytecode while transactions ran; pauses of transactional threads at a commit
     * point for such a waiter; refused returns to GIL execution. Printed at exit with -Dstmj.autoStats=true.
     */
    private static long toStmByWatcher;
    private static long toStmAtOnce;
    private static long gilWaits;
    private static long stmPauses;
    private static long leaveRefused;
    private static long contendedSpells;
    private static long clockedSpells;
    private static long tailStarts;
    private static long tailPauses;
    private static long rejoins;

    /*
     * The phase lock. Invariant (under PHASE): gilRunning == 0 || stmRunning == 0 -- uninstrumented bytecode
     * (whose plain writes no transaction would see) never runs while a transaction does. Uninstrumented threads
     * are serialised among themselves by the interpreter's GIL. A thread counts as running from the moment it
     * may execute bytecode until it blocks in a GIL-released call, pauses, or leaves its outermost loop.
     * Threads that wait to run uninstrumented code (gilWaiting) have priority: transactional threads pause at
     * their next commit point, so such a wait lasts one transaction, and the waiter then runs to its next
     * outermost boundary, where it switches to transactional execution itself.
     */
    private static final Object PHASE = new Object();
    private static int gilRunning;
    private static int stmRunning;
    private static volatile int gilWaiting;
    private static int stmWaiting;

    /**
     * Per thread: [0] uninstrumented loop depth, [1] atomic blocks entered in GIL mode, [2] what it runs now
     * (NONE, GIL, STM), [3] depth of GIL-released calls it is in, [4] what it ran before the outermost of them,
     * [5] TAIL while it runs a tail, REJOINING while it goes back to GIL execution through its twin's first boundary.
     */
    private static final ThreadLocal<PerThread> PER_THREAD = new ThreadLocal<>() {
        // a subclass, not ThreadLocal.withInitial(PerThread::new): no lambda in this class's start-up (see START-UP)
        @Override
        protected PerThread initialValue() {
            return new PerThread();
        }
    };
    /*
     * The same records by thread id, so that the common lookup (every dispatch-loop entry and exit, nested ones
     * included: a builtin that calls back into Python enters a loop per call) is an array load and a compare
     * instead of a ThreadLocal's hash probe. Invariant: a non-null slot holds the record of the thread it names
     * (final fields, so a racy read sees it whole); a slot is taken when empty or when its thread has died, so
     * threads whose ids collide with a live one's use the ThreadLocal.
     */
    private static final PerThread[] BY_ID = new PerThread[1024];

    /** A thread's own state for the phase lock and the way back from STM; touched only by that thread. */
    private static final class PerThread {
        final Thread thread = Thread.currentThread();
        /** The counters described at PER_THREAD. */
        final int[] loops = new int[6];
        /** [0] whether the last boundary decided to leave STM, [1] the site, [2] the saved locals. */
        final Object[] leave = new Object[3];
        /**
         * Auto mode's watcher: this thread's CPU clock ({@code /proc/<pid>/task/<tid>/schedstat}), found by the
         * thread itself when it first runs uninstrumented bytecode (null: not yet, none, or unreadable: then the
         * JVM's clock). Unlike the rest of the record, written also by the watcher; both under PHASE.
         */
        String cpuFile;
        boolean cpuFileTried;
    }

    /** The calling thread's record. */
    private static PerThread perThread() {
        Thread t = Thread.currentThread();
        PerThread r = BY_ID[(int) t.getId() & (BY_ID.length - 1)];
        return r != null && r.thread == t ? r : perThreadSlow(t);
    }

    private static PerThread perThreadSlow(Thread t) {
        PerThread r = PER_THREAD.get();
        int i = (int) t.getId() & (BY_ID.length - 1);
        PerThread old = BY_ID[i];
        if (old == null || !old.thread.isAlive()) {
            BY_ID[i] = r;
        }
        return r;
    }

    private static int[] loops() {
        return perThread().loops;
    }

    private static final int NONE = 0;
    private static final int GIL = 1;
    private static final int STM = 2;
    /** Index of the tail state in a thread's counters, and its values. */
    private static final int TAIL_STATE = 5;
    private static final int TAIL = 1;
    private static final int REJOINING = 2;
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static volatile PrintWriter report;

    /*
     * START-UP. Every process of the STM build initialises this class (the uninstrumented dispatch loop calls it),
     * also a one-thread run in auto mode, which must cost what GIL mode costs. So its initialisation uses no
     * method handle, lambda, method reference or ClassValue: the first of those in a process initialises the
     * JDK's java.lang.invoke machinery (about 80 classes, and LambdaForms spun at run time, which no
     * class-data-sharing archive holds), which the GIL build, whose lambdas are desugared into classes at build
     * time, never does. What needs them is in holder classes, initialised on first use from transformed code:
     * Handles, SelfBridging, ToString.
     */

    /** The method handles that {@link Bootstraps} links call sites to (initialised by the first such site). */
    static final class Handles {
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

        private Handles() {
        }
    }

    private Rt() {
    }

    static {
        if (Boolean.getBoolean("stmj.autoStats")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(autoStats()), "stmj-auto-stats"));
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("stmj.autoTrace");
    private static final long T0 = System.nanoTime();

    /** Under PHASE, with -Dstmj.autoTrace=true: one line per phase change (diagnostics). */
    private static void trace(String what) {
        if (TRACE) {
            System.err.printf("stmj auto %9.3f ms %-14s %-12s gil=%d stm=%d gilW=%d stmW=%d mode=%s%n",
                    (System.nanoTime() - T0) / 1e6, Thread.currentThread().getName(), what, gilRunning, stmRunning,
                    gilWaiting, stmWaiting, stmMode ? "stm" : "gil");
        }
    }

    /** One line of the phase lock's counters (diagnostics; see {@code -Dstmj.autoStats=true}). */
    public static String autoStats() {
        synchronized (PHASE) {
            return "stmj auto: stmEntries=" + stmEntries + " gilReturns=" + gilReturns + " contendedSpells="
                    + contendedSpells + " toStmByWatcher=" + toStmByWatcher + " toStmAtOnce=" + toStmAtOnce
                    + " gilWaits=" + gilWaits + " stmPauses=" + stmPauses + " leaveRefused=" + leaveRefused
                    + " tailStarts=" + tailStarts + " tailPauses=" + tailPauses + " rejoins=" + rejoins
                    + " clockedSpells=" + clockedSpells;
        }
    }

    /**
     * Turns STM mode on (transactions from the next boundary on, for good: no switch back) or off (GIL
     * execution; in a process started in auto mode, auto mode again).
     */
    public static void setStmMode(boolean on) {
        auto = !on && AUTO_BY_DEFAULT;
        stmMode = on;
    }

    /** How many times a dispatch loop has entered transactional execution so far. */
    public static long stmEntries() {
        return stmEntries;
    }

    /**
     * Whether auto mode's watcher has fallen back to the JVM's thread CPU clock (the management module) for a thread
     * without a schedstat file; false on Linux with /proc (see CPU CLOCK).
     */
    public static boolean jvmCpuClockUsed() {
        synchronized (PHASE) {
            return cpuClockTried;
        }
    }

    /** How many spells of contention lasted long enough for the watcher to read CPU clocks (auto mode) so far. */
    public static long clockedSpells() {
        synchronized (PHASE) {
            return clockedSpells;
        }
    }

    /**
     * How many spells of contention (a thread starting to run bytecode, or waking from a GIL-released call, while
     * another runs) auto mode has seen so far.
     */
    public static long contendedSpells() {
        synchronized (PHASE) {
            return contendedSpells;
        }
    }

    /** How many wake-ups from a GIL-released call ran as tails (auto mode, see tails) so far. */
    public static long tailStarts() {
        synchronized (PHASE) {
            return tailStarts;
        }
    }

    /** How many times a thread that paused for a tail went back to GIL execution without a transaction so far. */
    public static long rejoins() {
        synchronized (PHASE) {
            return rejoins;
        }
    }

    /** How many times a transactional dispatch loop has gone back to GIL execution (auto mode) so far. */
    public static long gilReturns() {
        return gilReturns;
    }

    /**
     * Chooses the mode for the threads that start from now on: {@code stm} (transactions from the first
     * boundary), {@code auto} (GIL while one thread runs bytecode), or {@code gil} (never transactional).
     */
    public static void setMode(String mode) {
        switch (mode) {
            case "stm" -> {
                auto = false;
                stmMode = true;
            }
            case "auto" -> {
                auto = true;
                stmMode = false;
            }
            case "gil" -> {
                auto = false;
                stmMode = false;
            }
            default -> throw new IllegalArgumentException("stmj: mode must be stm, auto or gil, not " + mode);
        }
    }

    /** Where inevitable call sites are reported, once each ({@code null}: standard error). */
    public static synchronized void reportTo(String file) throws IOException {
        report = file == null ? null : new PrintWriter(new FileWriter(file, true), true);
    }

    // ---- the phase lock (auto and stm modes) ----

    /** Under PHASE: the thread starts running uninstrumented bytecode once no transaction runs. */
    private static void startGil(int[] d) throws InterruptedException {
        gilWaiting++;
        if (stmRunning > 0) {
            gilWaits++;
        }
        try {
            while (stmRunning > 0) {
                PHASE.wait();
            }
        } finally {
            gilWaiting--;
        }
        if (auto && stmWaiting > 0) {
            toStmAtOnce += stmMode ? 0 : 1;
            stmMode = true;
        } else if (auto && gilRunning > 0) {
            contended();
        }
        gilRunning++;
        GIL_THREADS.add(gilThread());
        d[2] = GIL;
        trace("startGil");
        PHASE.notifyAll();
    }

    /*
     * The grace before auto mode switches to STM (under PHASE). A thread that starts to run uninstrumented bytecode
     * while another does holds the interpreter's GIL at that point (it took it before its loop, or retook it at the
     * end of its GIL-released call) and the other waits for it. Often the newcomer runs a few bytecodes and blocks
     * again: the main thread woken by a new thread's "started" event runs on to join() it. Switching at once would
     * put both threads into transactions for that moment, and the one thread that goes on would spend its first
     * milliseconds in the cold transactional code. So the switch is requested only when two threads have wanted to
     * run uninstrumented bytecode for a whole grace period (stmj.autoGraceMicros, default 1000; 0: at once), by a
     * watcher thread started the first time it is needed. Invariant: contendedSince != 0 only while gilRunning > 1.
     */
    private static volatile long graceNanos = Math.max(0L, Long.getLong("stmj.autoGraceMicros", 1000L)) * 1000L;

    /**
     * Sets the grace period of auto mode (initially {@code -Dstmj.autoGraceMicros}, default 1000): how long two
     * threads must both want to run uninstrumented bytecode before they switch to transactions; 0 switches at once.
     * Applies to the present spell of contention too.
     */
    public static void setAutoGraceMicros(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("stmj: the grace period cannot be negative: " + micros);
        }
        synchronized (PHASE) {
            graceNanos = micros * 1000L;
            PHASE.notifyAll();
        }
    }

    /** The grace period of auto mode, in microseconds (see {@link #setAutoGraceMicros}). */
    public static long autoGraceMicros() {
        return graceNanos / 1000L;
    }
    /** When the present spell of two or more threads running uninstrumented began; 0 when there is none. */
    private static long contendedSince;
    /** The watcher that requests STM mode after a grace period of contention; started on first use. */
    private static Thread watcher;

    /** Under PHASE: a second thread starts running uninstrumented bytecode (auto mode). */
    private static void contended() {
        if (graceNanos == 0) {
            toStmAtOnce += stmMode ? 0 : 1;
            stmMode = true;
            return;
        }
        if (contendedSince == 0) {
            contendedSpells++;
            contendedSince = System.nanoTime() | 1L;
        }
        if (watcher == null) {
            // in the root thread group: a service of the process, not a thread of whichever program first needed it
            ThreadGroup root = Thread.currentThread().getThreadGroup();
            while (root.getParent() != null) {
                root = root.getParent();
            }
            watcher = new Thread(root, new Runnable() {
                @Override
                public void run() {
                    watchContention();
                }
            }, "stmj-auto-mode");
            watcher.setDaemon(true);
            watcher.setContextClassLoader(null);
            watcher.start();
        }
    }

    /*
     * The grace counts CPU time too (under PHASE): a spell of contention switches only once it has lasted the grace
     * period and the threads running uninstrumented bytecode have used that much CPU time since it began. On a loaded
     * machine a thread that wakes, takes the GIL and is descheduled before its next blocking call used to exceed the
     * grace in wall time alone (a sleep-polling main thread: 8 switches in 2.5 s at load 20); what the grace is for is
     * two threads that both want to run bytecode, which under a GIL means the holder keeps running.
     */
    /** The records of the threads counted in gilRunning, in no order (under PHASE). */
    private static final java.util.ArrayList<PerThread> GIL_THREADS = new java.util.ArrayList<>();
    /** The watcher's: each GIL thread's CPU time when it first saw it in the present spell. */
    private static final java.util.IdentityHashMap<PerThread, Long> SPELL_CPU = new java.util.IdentityHashMap<>();
    /** The watcher's: the spell (its contendedSince) that SPELL_CPU belongs to. */
    private static long spellSampled;
    /**
     * How long a spell lasts before the watcher looks at CPU clocks at all ({@code stmj.autoClockAfterMicros},
     * default 10000; 0: from its start). Where a thread has no schedstat file (see CPU CLOCK), the first look
     * creates the JVM's thread CPU clock (the management module's {@code ThreadMXBean}: some 300 classes and its
     * native library, tens of ms of CPU once per process), which a program whose threads only overlap briefly (a
     * thread start, a joiner's wake-up, each up to one GIL switch interval of waiting for the GIL) never needs. A
     * spell must last this long before it can switch (with the CPU grace counted from here), which only delays a
     * switch between two busy threads by this much.
     */
    private static volatile long clockAfterNanos =
            Math.max(0L, Long.getLong("stmj.autoClockAfterMicros", 10_000L)) * 1000L;

    /** Sets how long a spell lasts before the watcher reads CPU clocks (see {@link #clockAfterNanos}; tests). */
    public static void setAutoClockAfterMicros(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("stmj: the clock delay cannot be negative: " + micros);
        }
        synchronized (PHASE) {
            clockAfterNanos = micros * 1000L;
            PHASE.notifyAll();
        }
    }

    /** The clock delay of auto mode's watcher, in microseconds (see {@link #setAutoClockAfterMicros}). */
    public static long autoClockAfterMicros() {
        return clockAfterNanos / 1000L;
    }

    /*
     * CPU CLOCK. The watcher reads each GIL thread's CPU time from Linux's per-thread scheduler statistics
     * (/proc/<pid>/task/<tid>/schedstat: nanoseconds on a CPU first), whose path each thread finds once, by itself
     * (the target of /proc/thread-self), when it first counts as a GIL thread in auto mode: a realpath call, java.io
     * only. The JVM's own per-thread clock (ThreadMXBean) is the fallback where there is no such file: its first use
     * initialises the management module, 40-90 ms of CPU once per process, which a program whose spells of
     * contention outlast the clock delay (a thread pool whose tasks sleep while the main thread computes) paid.
     */
    /** The watcher's: the JVM's per-thread CPU times, for threads without a schedstat file (null: none). */
    private static java.lang.management.ThreadMXBean cpuClock;
    private static boolean cpuClockTried;
    /** Whether a GIL thread of the present spell has a CPU clock (none: the grace is wall time only). */
    private static boolean anyClock = true;

    /** Under PHASE: the calling thread's record for GIL_THREADS, its CPU clock file found first (auto mode). */
    private static PerThread gilThread() {
        PerThread r = perThread();
        if (auto && !r.cpuFileTried) {
            r.cpuFileTried = true;
            r.cpuFile = ownCpuFile();
        }
        return r;
    }

    /**
     * The calling thread's schedstat file, or null where there is none (not Linux, no /proc). Only a path here (no
     * file is opened at start-up); the watcher drops it at its first failed read (see cpuTime).
     */
    private static String ownCpuFile() {
        try {
            // String.concat, not +: javac's string concatenation is an invokedynamic (see START-UP)
            String file = new java.io.File("/proc/thread-self").getCanonicalPath().concat("/schedstat");
            return file.contains("/task/") ? file : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first number of a schedstat file (nanoseconds the thread ran), or -1 (no such file: the thread ended). */
    private static long procCpuTime(String file) {
        try (java.io.FileInputStream in = new java.io.FileInputStream(file)) {
            byte[] b = new byte[64];
            int n = in.read(b);
            long v = 0;
            int i = 0;
            while (i < n && b[i] >= '0' && b[i] <= '9') {
                v = v * 10 + (b[i++] - '0');
            }
            return i > 0 ? v : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** The watcher, under PHASE: the thread's CPU time in nanoseconds, or -1 where it cannot be read. */
    private static long cpuTime(PerThread r) {
        if (r.cpuFile != null) {
            long t = procCpuTime(r.cpuFile);
            if (t >= 0 || !r.thread.isAlive()) {
                return t;
            }
            r.cpuFile = null;
        }
        if (!cpuClockTried) {
            cpuClockTried = true;
            try {
                java.lang.management.ThreadMXBean b = java.lang.management.ManagementFactory.getThreadMXBean();
                cpuClock = b.isThreadCpuTimeSupported() && b.isThreadCpuTimeEnabled() ? b : null;
            } catch (LinkageError | RuntimeException e) {
                cpuClock = null;
            }
        }
        return cpuClock == null ? -1 : cpuClock.getThreadCpuTime(r.thread.getId());
    }

    /** The watcher, under PHASE: records the CPU time of the GIL threads not yet seen in the present spell. */
    private static void sampleSpell() {
        if (spellSampled != contendedSince) {
            clockedSpells++;
            SPELL_CPU.clear();
            spellSampled = contendedSince;
            anyClock = false;
        }
        for (PerThread r : GIL_THREADS) {
            if (!SPELL_CPU.containsKey(r)) {
                long t = cpuTime(r);
                SPELL_CPU.put(r, t);
                anyClock |= t >= 0;
            }
        }
    }

    /**
     * The watcher, under PHASE: the CPU time that the second busiest GIL thread used in the present spell (all of the
     * grace without per-thread clocks): contention is two threads that both ran, not one that ran while another
     * waited for the GIL, e.g. a poller descheduled between its wake-up and its next sleep, which the GIL then hands
     * over to the computing thread every switch interval.
     */
    private static long spellCpu() {
        if (!anyClock) {
            return Long.MAX_VALUE;
        }
        long first = 0;
        long second = 0;
        for (PerThread r : GIL_THREADS) {
            Long base = SPELL_CPU.get(r);
            long now = base == null || base < 0 ? -1 : cpuTime(r);
            if (base != null && base >= 0 && now >= 0) {
                long used = now - base;
                if (used > first) {
                    second = first;
                    first = used;
                } else if (used > second) {
                    second = used;
                }
            }
        }
        return second;
    }

    /** The watcher's loop: requests STM mode when a spell of contention outlasts the grace period. */
    private static void watchContention() {
        synchronized (PHASE) {
            for (;;) {
                try {
                    if (contendedSince == 0) {
                        PHASE.wait();
                        continue;
                    }
                    long age = System.nanoTime() - contendedSince;
                    long after = clockAfterNanos;
                    if (age < after) {
                        // most spells (a thread woken by another's start, a joiner's wake-up) end before this
                        long wait = Math.max(after - age, 100_000L);
                        PHASE.wait(wait / 1_000_000L, (int) (wait % 1_000_000L));
                        continue;
                    }
                    sampleSpell();
                    long left = contendedSince + graceNanos - System.nanoTime();
                    if (left <= 0) {
                        // and until two of the contending threads have each used a grace period of CPU time
                        left = graceNanos - spellCpu();
                    }
                    if (left > 0) {
                        left = Math.max(left, 100_000L);
                        PHASE.wait(left / 1_000_000L, (int) (left % 1_000_000L));
                        continue;
                    }
                    contendedSince = 0;
                    if (auto && gilRunning > 1) {
                        toStmByWatcher += stmMode ? 0 : 1;
                        stmMode = true;
                        trace("watcher->stm");
                    }
                } catch (InterruptedException e) {
                    // a daemon that nobody interrupts on purpose: go on watching
                }
            }
        }
    }

    /** Under PHASE: the thread starts running transactional bytecode once no uninstrumented bytecode runs. */
    private static void startStm(int[] d) throws InterruptedException {
        stmWaiting++;
        try {
            if (!stmMode) {
                toStmAtOnce++;
                stmMode = true;
            }
            while (gilRunning > 0 || gilWaiting > 0) {
                PHASE.wait();
            }
        } finally {
            stmWaiting--;
        }
        stmRunning++;
        d[2] = STM;
        if (d[TAIL_STATE] == REJOINING) {
            d[TAIL_STATE] = 0;
        }
        stmEntries++;
        trace("startStm");
        PHASE.notifyAll();
    }

    /**
     * Under PHASE: a thread enters its outermost dispatch loop. While transactions run and no thread runs or waits to
     * run uninstrumented bytecode, it counts as a transactional thread at once, without pausing the transactions:
     * what it runs uninstrumented before its first boundary, where it switches to the loop's twin, is the loop's
     * prologue, which only reads the thread's own new frame (as the uninstrumented code that led to the loop did,
     * before the thread counted at all). It never waits here: it may hold the interpreter's GIL, which a GIL thread
     * needs to reach its boundary and switch. Otherwise it starts as a GIL thread ({@link #startGil}).
     */
    private static void startRunning(int[] d) throws InterruptedException {
        if (d[TAIL_STATE] == REJOINING) {
            d[TAIL_STATE] = 0;
        }
        if (stmMode && gilRunning == 0 && gilWaiting == 0) {
            stmRunning++;
            d[2] = STM;
            trace("enterAsStm");
            PHASE.notifyAll();
            return;
        }
        startGil(d);
    }

    /** Under PHASE: the thread stops running bytecode (blocks, pauses, or leaves its loop). */
    private static void stop(int[] d) {
        if (d[2] == GIL) {
            GIL_THREADS.remove(perThread());
            if (--gilRunning <= 1) {
                contendedSince = 0;
            }
        } else if (d[2] == STM) {
            stmRunning--;
        }
        d[2] = NONE;
        if (d[TAIL_STATE] == TAIL) {
            endTail(d);
        }
        trace("stop");
        PHASE.notifyAll();
    }

    /*
     * Tails (auto mode). A thread that blocked in a GIL-released call while it ran transactionally comes back inside
     * its loop's twin and must run the rest of that bytecode transactionally (an inevitable tail, up to its next
     * outermost boundary). When meanwhile the others went back to GIL execution (STM mode off), turning STM mode on
     * for that switched every other running thread to transactions; alone again when the tail's thread blocked
     * once more, they came back: a thread that sleep-polls did that once per poll (97 twin entries in 2.5 s). Now
     * such a return is a tail: STM mode goes on so that the GIL threads stop at their next outermost boundary, but
     * they pause there (enterStm, the GIL handed over) instead of entering their twins; the tail's thread, the only
     * transactional one, leaves STM at its next commit point (its outermost boundary) and goes on under the GIL;
     * then STM mode goes off and the paused threads go back to GIL execution (through their twins' first boundary,
     * without running a transaction: rejoin). From there the usual rules apply (two running threads switch after
     * the grace period). Invariant (under PHASE): tails counts the threads whose TAIL_STATE is TAIL, each of which
     * runs or waits to run transactionally; while tails > 0 no thread enters its twin but the ones that were in
     * it, unless a pause outlasts TAIL_PAUSE_NANOS (a tail that does not reach its boundary: real contention).
     */
    private static volatile int tails;
    /** The longest a GIL thread pauses for a running tail before it switches to transactions after all. */
    private static final long TAIL_PAUSE_NANOS = 50_000_000L;

    /**
     * Under PHASE: a thread that was transactional before its GIL-released call runs again: a tail while STM mode is
     * off or on only for tails (and the grace period is not zero: then two running threads switch at once anyway),
     * else a transactional thread like the others.
     */
    private static void startAfterRelease(int[] d) throws InterruptedException {
        if (auto && graceNanos > 0 && (!stmMode || tails > 0)) {
            tails++;
            tailStarts++;
            d[TAIL_STATE] = TAIL;
            stmMode = true;
            try {
                startTail(d);
            } catch (InterruptedException e) {
                endTail(d);
                throw e;
            }
            return;
        }
        startStm(d);
    }

    /** Under PHASE: the tail's thread waits until no uninstrumented bytecode runs (the GIL threads pause). */
    private static void startTail(int[] d) throws InterruptedException {
        stmWaiting++;
        try {
            while (gilRunning > 0 || gilWaiting > 0) {
                PHASE.wait();
            }
        } finally {
            stmWaiting--;
        }
        stmRunning++;
        d[2] = STM;
        trace("startTail");
        PHASE.notifyAll();
    }

    /** Under PHASE: the thread's tail ends; the last one turns STM mode off when no other transaction runs. */
    private static void endTail(int[] d) {
        d[TAIL_STATE] = 0;
        if (--tails == 0 && stmRunning == 0 && stmWaiting == 0 && auto) {
            stmMode = false;
        }
        PHASE.notifyAll();
    }

    /* The steps that phase() runs under PHASE (int codes, not method references: see START-UP). */
    private static final int START_RUNNING = 0;
    private static final int STOP = 1;
    private static final int START_GIL = 2;
    private static final int START_AFTER_RELEASE = 3;
    private static final int SWITCH_TO_STM = 4;
    private static final int REJOIN = 5;
    private static final int PAUSE_FOR_GIL = 6;

    private static void step(int step, int[] d) throws InterruptedException {
        switch (step) {
            case START_RUNNING -> startRunning(d);
            case STOP -> stop(d);
            case START_GIL -> startGil(d);
            case START_AFTER_RELEASE -> startAfterRelease(d);
            case SWITCH_TO_STM -> switchToStm(d);
            case REJOIN -> {
                rejoins++;
                startGil(d);
            }
            case PAUSE_FOR_GIL -> {
                stmPauses++;
                stop(d);
                startStm(d);
            }
            default -> throw new IllegalArgumentException("phase step " + step);
        }
    }

    private static void phase(int[] d, int step) {
        boolean interrupted = false;
        synchronized (PHASE) {
            for (;;) {
                try {
                    step(step, d);
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- uninstrumented dispatch loops ----

    /**
     * A thread entered an uninstrumented dispatch loop; the outermost one makes it a running thread: a GIL thread,
     * or, while STM mode is on, a transactional one that switches to the twin at its first boundary.
     */
    public static void loopThreadEnter() {
        int[] d = loops();
        if (d[0]++ == 0 && d[2] == NONE) {
            phase(d, START_RUNNING);
        }
    }

    /** A thread left a dispatch loop (returned or threw); leaving the outermost one stops it running. */
    public static void loopThreadExit() {
        int[] d = loops();
        if (--d[0] == 0 && d[2] != NONE) {
            phase(d, STOP);
        }
    }

    /**
     * The twin of the thread's outermost loop returned or threw (its transaction is over): the thread stops running
     * bytecode before it retakes the GIL (the {@code @ModeSwitch(TO_GIL)} call that follows), which a GIL thread
     * may hold while it waits for the transactions to stop; the loop's exit then only lowers its depth.
     */
    public static void twinExited() {
        int[] d = loops();
        if (d[2] != NONE) {
            phase(d, STOP);
        }
    }

    /** Uninstrumented code calls a {@code @GilReleased} method: the thread runs no bytecode until it returns. */
    public static void gilReleasedEnter() {
        releasedEnter(loops());
    }

    /** The thread enters a GIL-released call (outermost of nested ones: it stops running bytecode). */
    private static void releasedEnter(int[] d) {
        if (d[3]++ == 0) {
            d[4] = d[2];
            if (d[2] != NONE) {
                phase(d, STOP);
            }
        }
    }

    /** The thread leaves a GIL-released call (outermost: it runs again what it ran before, once allowed). */
    private static void releasedExit(int[] d) {
        if (d[3] > 0 && --d[3] == 0 && d[4] != NONE) {
            int was = d[4];
            d[4] = NONE;
            phase(d, was == GIL ? START_GIL : START_AFTER_RELEASE);
        }
    }

    /**
     * The {@code @GilReleased} call of {@link #gilReleasedEnter} returned (normally or not): a thread that ran
     * uninstrumented bytecode before waits until no transaction runs, then runs uninstrumented again (to its
     * next outermost boundary, where it switches to transactions if another thread wants to run).
     */
    public static void gilReleasedExit() {
        releasedExit(loops());
    }

    /**
     * Whether this thread's uninstrumented dispatch loop switches to STM mode at this boundary: STM mode is
     * on, the loop is the thread's outermost one, and no atomic block entered in GIL mode is open (its enter ran
     * without a transaction).
     */
    public static boolean mayEnterStm() {
        int[] d = loops();
        return d[0] == 1 && d[1] == 0;
    }

    /**
     * The thread's outermost uninstrumented loop switches to its transactional twin (the GIL has been handed
     * over): waits until no thread runs uninstrumented bytecode.
     */
    public static void enterStm() {
        int[] d = loops();
        phase(d, SWITCH_TO_STM);
    }

    /**
     * Under PHASE: an uninstrumented thread at its outermost boundary, the GIL handed over, switches to transactions;
     * while tails run it pauses first (see tails), and when STM mode is off by then it goes back to GIL execution
     * through its twin's first boundary instead ({@link #boundary} with no transaction, {@link #leaveStm}).
     */
    private static void switchToStm(int[] d) throws InterruptedException {
        stop(d);
        if (tails > 0) {
            tailPauses++;
            // the pause is bounded once a tail runs (a tail that does not reach its boundary is real contention);
            // before, the tail's thread waits only for the GIL threads to pause (on a loaded machine, to be scheduled)
            long end = 0;
            while (tails > 0) {
                if (stmRunning == 0) {
                    end = 0;
                    PHASE.wait(10);
                    continue;
                }
                long now = System.nanoTime();
                if (end == 0) {
                    end = now + TAIL_PAUSE_NANOS;
                }
                long left = end - now;
                if (left <= 0) {
                    break;
                }
                PHASE.wait(left / 1_000_000L, (int) (left % 1_000_000L));
            }
        }
        if (auto && !stmMode && stmWaiting == 0) {
            d[TAIL_STATE] = REJOINING;
            trace("rejoin");
            return;
        }
        startStm(d);
    }

    /**
     * The transactional twin of the outermost loop unwound with {@link LeaveStm} (its transaction committed):
     * whether the thread goes on uninstrumented (it is still alone: nobody else runs or waits to run), in which
     * case the caller hands the GIL back to it; otherwise it re-enters the twin.
     */
    public static boolean leaveStm() {
        int[] d = loops();
        if (d[TAIL_STATE] == REJOINING) {
            // paused for a tail, and STM mode went off meanwhile: never ran a transaction; runs under the GIL again
            d[TAIL_STATE] = 0;
            phase(d, REJOIN);
            return true;
        }
        synchronized (PHASE) {
            boolean tail = d[TAIL_STATE] == TAIL;
            if (!auto || stmRunning != 1 || stmWaiting != 0 || !tail && (gilRunning != 0 || gilWaiting != 0)) {
                leaveRefused++;
                if (tail) {
                    // not the only transactional thread: it goes on as one of them
                    endTail(d);
                }
                return false;
            }
            stmMode = false;
            stmRunning--;
            gilRunning++;
            GIL_THREADS.add(gilThread());
            gilReturns++;
            d[2] = GIL;
            if (tail) {
                endTail(d);
            }
            trace("leaveStm");
            PHASE.notifyAll();
            return true;
        }
    }

    /** An uninstrumented {@code @AtomicBlock(ENTER)} call returned: no switch to STM mode until the exit. */
    public static void gilBlockEnter() {
        loops()[1]++;
    }

    /** An uninstrumented {@code @AtomicBlock(EXIT)} call returned. */
    public static void gilBlockExit() {
        loops()[1]--;
    }

    // ---- dispatch loops inside a transaction ----

    /**
     * A boundary in a transactional dispatch loop: when the engine says this boundary ends the running
     * transaction (or none runs yet), commits it and begins the next, whose handle is returned; the caller then
     * saves its locals here. Otherwise returns {@code null} and the transaction goes on.
     */
    public static Txn boundary(Txn tx) {
        return Stm.atBoundary(tx) ? commitPoint(tx) : null;
    }

    /**
     * {@link #boundary} for a loop twin that has already decremented {@link Txn#countdown} inline and found it at
     * zero or below (or has no transaction): the rest of the engine's check ({@link Stm#atBoundaryAfterCountdown}),
     * then the same commit point. Called about once per transaction instead of once per bytecode, so it costs the
     * loop nothing when C2 does not inline it (see {@code RestartPass}).
     */
    public static Txn boundaryAfterCountdown(Txn tx) {
        return Stm.atBoundaryAfterCountdown(tx) ? commitPoint(tx) : null;
    }

    /** The commit point of a boundary that the engine says ends the running transaction (or none runs yet). */
    private static Txn commitPoint(Txn tx) {
        if (tx == null && auto && loops()[TAIL_STATE] == REJOINING) {
            return rejoin();
        }
        if (tx != null && Stm.isOutermostBoundary(tx)) {
            if (auto && (aloneHint() || tails > 0 && tailAlone())) {
                // alone: commit; the loop saves its locals here, then maybeLeave() unwinds to the uninstrumented
                // loop, which restores them and goes on under the GIL
                Stm.finish(tx);
                perThread().leave[0] = LEAVING;
                return tx;
            }
            if (gilWaiting > 0) {
                // a thread waits to run uninstrumented code: commit, let it run, then begin the next transaction
                Stm.finish(tx);
                int[] d = loops();
                phase(d, PAUSE_FOR_GIL);
                return Stm.split(null);
            }
        }
        return Stm.split(tx);
    }

    private static final Object LEAVING = new Object();

    /**
     * The twin's first boundary of a thread going back to GIL execution (see switchToStm): it leaves at once, through
     * an empty transaction (the loop saves its locals, then maybeLeave() unwinds). No restart point exists before this
     * boundary, so the empty transaction's commit must not throw here: an attempt that aborts (chaos mode aborts empty
     * ones too) is restarted in place until it commits.
     */
    private static Txn rejoin() {
        Txn t = Stm.split(null);
        for (;;) {
            try {
                Stm.finish(t);
                break;
            } catch (ControlFlowError e) {
                t = Stm.restart(t);
            }
        }
        perThread().leave[0] = LEAVING;
        return t;
    }

    /**
     * Called by a transactional loop after it saved its locals at a boundary: throws {@link LeaveStm} when that
     * boundary decided to leave STM (the transaction is committed then).
     */
    public static void maybeLeave() {
        Object[] l = perThread().leave;
        if (l[0] == LEAVING) {
            l[0] = null;
            throw LeaveStm.INSTANCE;
        }
    }

    /** The restart handler of a loop's twin hands over the locals saved at boundary {@code site}. */
    public static void leaveValues(Object[] values, int site) {
        Object[] l = perThread().leave;
        l[1] = site;
        l[2] = values;
    }

    /** The twin's locals at the boundary it left STM at, indexed by the original method's local slots. */
    public static Object[] leftValues() {
        Object[] l = perThread().leave;
        Object[] v = (Object[]) l[2];
        l[2] = null;
        return v;
    }

    /** The boundary site the twin left STM at (call after {@link #leftValues}; then forgotten). */
    public static int leftSite() {
        Object[] l = perThread().leave;
        Object s = l[1];
        l[1] = null;
        return s == null ? -1 : (Integer) s;
    }

    /** Whether this thread runs a tail and is the only transactional one (checked again by {@link #leaveStm}). */
    private static boolean tailAlone() {
        return stmRunning == 1 && stmWaiting == 0 && loops()[TAIL_STATE] == TAIL;
    }

    /** Whether this transactional thread looks alone (checked again, exactly, by {@link #leaveStm}). */
    private static boolean aloneHint() {
        return stmRunning == 1 && gilRunning == 0 && gilWaiting == 0 && stmWaiting == 0;
    }

    /**
     * Before a {@code @GilReleased} call in transformed code: {@link Stm#beforeGilReleased}; when that committed
     * (the call runs outside any transaction), the thread stops running bytecode until {@link #afterGilReleased}.
     */
    public static Txn beforeGilReleased(Txn tx) {
        Txn r = Stm.beforeGilReleased(tx);
        if (r == null) {
            releasedEnter(loops());
        }
        return r;
    }

    /**
     * After a {@code @GilReleased} call in transformed code (normally or not): a thread that stopped waits until
     * no uninstrumented bytecode runs, then {@link Stm#afterGilReleased} begins the inevitable tail.
     */
    public static Txn afterGilReleased(Txn tx) {
        if (tx == null) {
            releasedExit(loops());
        }
        return Stm.afterGilReleased(tx);
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

    /**
     * The outermost handler of a transactional dispatch loop's twin caught {@code e}; {@code site} is the boundary
     * whose locals the loop saved last ({@code -1}: none yet). Everything that depends on {@code e} is decided here,
     * out of line, so that the compiled loop holds no branch profiled by the throwables seen before it was compiled:
     * a restart ({@link ControlFlowError} and {@code site >= 0}) returns the attempt that restarts at {@code site}
     * ({@link #loopRestart}); {@link LeaveStm} returns null (the twin hands over its saved locals, then calls {@link
     * #loopLeave}); anything else leaves the loop by {@link #loopLeave}.
     */
    public static Txn loopCaught(Txn tx, Throwable e, int site) {
        if (e instanceof LeaveStm) {
            return null;
        }
        return loopLeave(tx, e, site);
    }

    /**
     * {@link #loopCaught} for a loop whose configuration names its position ({@code loopPosition}): {@code where},
     * {@code a}, {@code b} are those locals as the throwable left them; an abort hands them to the engine first
     * ({@link Stm#loopAbortedAt}: the interpreter's location of the abort, resolved at this restart), so the loop
     * needs no store of its position at every boundary.
     */
    public static Txn loopCaughtAt(Txn tx, Throwable e, int site, Object where, int a, int b) {
        if (e instanceof ControlFlowError) {
            Stm.loopAbortedAt(where, a, b);
        }
        return loopCaught(tx, e, site);
    }

    /**
     * Leaves a dispatch loop's twin with {@code e}: a failure commits the loop's transaction first (the outermost
     * loop, {@link Stm#finish}), and when that commit fails, the exception may have come from a state that
     * validation now finds stale, so the loop restarts from boundary {@code site} instead (the returned attempt);
     * otherwise {@link Stm#loopExit} and {@code e} is thrown. A {@link ControlFlowError} with no boundary passed yet
     * ({@code site < 0}) leaves at once (the transaction belongs to an enclosing loop or scope).
     */
    public static Txn loopLeave(Txn tx, Throwable e, int site) {
        Throwable t = e;
        for (;;) {
            if (t instanceof ControlFlowError) {
                if (site >= 0) {
                    return loopRestart(tx);
                }
                break;
            }
            try {
                tx = Stm.finish(tx);
                break;
            } catch (Throwable f) {
                t = f;
            }
        }
        Stm.loopExit();
        throw Rt.<RuntimeException>unchecked(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
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

    /**
     * The static field that the transformer adds to a class all of whose lambda and method-reference sites it
     * re-pointed at bridges (each bridge runs the transactional version of the implementation in a transaction).
     */
    public static final String SELF_BRIDGING_FIELD = "$stmSelfBridgingLambdas";

    /**
     * Whether {@code o} is a lambda or method reference made by transformed code, whose implementation is a
     * bridge that runs its own transactional version: calling it from a transaction needs no inevitability.
     * Cheap for an ordinary class (one flag test); for a lambda class, one {@link ClassValue} lookup.
     */
    public static boolean selfBridging(Object o) {
        return selfBridgingClass(o.getClass());
    }

    /** {@link #selfBridging} for a class. */
    public static boolean selfBridgingClass(Class<?> c) {
        // hidden: the JDK's lambda classes; synthetic: those made at build time (org.stmj.transform.desugar)
        return (c.isHidden() || c.isSynthetic()) && SelfBridging.OF.get(c);
    }

    /**
     * Per hidden or synthetic class: whether it is a lambda class (named {@code Host$$Lambda...} by the JDK's
     * {@code LambdaMetafactory} or by the build's desugaring, a nestmate of its host) of a host class that carries
     * {@link #SELF_BRIDGING_FIELD}. Not a marker interface: JDK 17's class-data-sharing archive skips every lambda
     * class that has one, and the interpreter would spin hundreds of them again at each start.
     */
    private static final class SelfBridging {
        static final ClassValue<Boolean> OF = new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> c) {
                String name = c.getName();
                int i = name.lastIndexOf("$$Lambda");
                int end = i + "$$Lambda".length();
                if (i <= 0 || (end < name.length() && name.charAt(end) != '$' && name.charAt(end) != '/')) {
                    return false;
                }
                try {
                    Class<?> host = Class.forName(name.substring(0, i), false, c.getClassLoader());
                    if (host.getNestHost() != c.getNestHost()) {
                        return false;
                    }
                    java.lang.reflect.Field f = host.getDeclaredField(SELF_BRIDGING_FIELD);
                    return java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.isSynthetic();
                } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
                    return false;
                }
            }
        };

        private SelfBridging() {
        }
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
        MethodHandle mh = ToString.OF.get(o.getClass());
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

    private static final class ToString {
        static final ClassValue<MethodHandle> OF = new ClassValue<>() {
            @Override
            protected MethodHandle computeValue(Class<?> c) {
                return Twins.find(c, "toString$stm", MethodType.methodType(String.class, Txn.class));
            }
        };

        private ToString() {
        }
    }
}
