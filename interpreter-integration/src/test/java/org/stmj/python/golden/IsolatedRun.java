package org.stmj.python.golden;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.LockInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MonitorInfo;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one interpreter program on a fresh daemon thread in its own {@link ThreadGroup}, so that every thread
 * the interpreter starts for it is a daemon in that group too (unless the interpreter says otherwise) and can
 * never keep the JVM alive. After the program ends, or when it runs past the timeout, every thread still alive
 * in the group is interrupted; the test fails on a timeout (with the stacks of the group's threads), and also
 * when threads are still alive after a grace period, naming them, since {@code Main.run} must join a program's
 * threads before it returns. Shared by the golden suites of every mode (interpreter-integration test-jar).
 */
public final class IsolatedRun {
    private static final long GRACE_MILLIS = 2_000;

    private IsolatedRun() {
    }

    /**
     * Runs {@code program} (which returns the program's exit code) as described above.
     *
     * @param name           what the failure messages and the threads are named after
     * @param timeoutSeconds how long the program may run
     * @return the exit code
     * @throws Exception what {@code program} threw, unchanged when it is an {@link Exception}
     */
    public static int run(String name, long timeoutSeconds, Callable<Integer> program) throws Exception {
        ThreadGroup group = new ThreadGroup("golden " + name);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread runner = new Thread(group, () -> {
            try {
                result.set(program.call());
            } catch (Throwable t) {
                result.set(t);
            }
        }, "golden-runner " + name);
        runner.setDaemon(true);
        runner.start();
        runner.join(TimeUnit.SECONDS.toMillis(timeoutSeconds));
        boolean timedOut = runner.isAlive();
        String stacks = timedOut ? stacks(group) : "";
        List<String> leftover = stopThreads(group, timedOut ? 0 : GRACE_MILLIS);
        if (timedOut) {
            fail(name + ": timed out after " + timeoutSeconds + " s"
                    + (leftover.isEmpty() ? "" : "; threads still alive: " + leftover) + "\n" + stacks);
        }
        Object outcome = result.get();
        if (outcome instanceof Exception e) {
            throw e;
        }
        if (outcome instanceof Throwable t) {
            throw new AssertionError(name + ": interpreter threw " + t, t);
        }
        if (!leftover.isEmpty()) {
            fail(name + ": threads still alive after the program returned: " + leftover);
        }
        return (Integer) outcome;
    }

    /**
     * Waits up to {@code graceMillis} for the group's threads to end, then interrupts the survivors and
     * returns their names. They are daemons, so at worst they idle until the JVM exits.
     */
    private static List<String> stopThreads(ThreadGroup group, long graceMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
        List<Thread> alive = liveThreads(group);
        while (!alive.isEmpty() && System.nanoTime() < deadline) {
            alive.get(0).join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            alive = liveThreads(group);
        }
        for (Thread t : alive) {
            t.interrupt();
        }
        List<String> names = new ArrayList<>();
        for (Thread t : alive) {
            names.add(t.getName());
        }
        return names;
    }

    private static List<Thread> liveThreads(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int n = group.enumerate(threads, true);
        List<Thread> alive = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (threads[i].isAlive()) {
                alive.add(threads[i]);
            }
        }
        return alive;
    }

    /**
     * The stacks of the group's live threads, for the report of a hang; a thread blocked on (or waiting for) a lock
     * names it and its holder, and a holder outside the group (a service thread of the process, a thread another
     * program left behind) is shown too, with the monitors it holds: a hang in auto mode's phase lock showed only
     * the blocked main thread.
     */
    private static String stacks(ThreadGroup group) {
        StringBuilder b = new StringBuilder("threads of the program:\n");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Thread> threads = liveThreads(group);
        Set<Long> ids = new HashSet<>();
        List<Long> holders = new ArrayList<>();
        for (Thread t : threads) {
            ids.add(t.getId());
        }
        for (Thread t : threads) {
            ThreadInfo ti = mx.getThreadInfo(new long[] {t.getId()}, true, true)[0];
            if (ti == null) {
                continue;
            }
            appendThread(b, ti);
            long owner = ti.getLockOwnerId();
            if (owner >= 0 && !ids.contains(owner) && !holders.contains(owner)) {
                holders.add(owner);
            }
        }
        for (long id : holders) {
            ThreadInfo ti = mx.getThreadInfo(new long[] {id}, true, true)[0];
            if (ti != null) {
                b.append("holder of a lock they wait for, outside the program's threads:\n");
                appendThread(b, ti);
            }
        }
        return b.toString();
    }

    /** One thread's state, the lock it waits for and its holder, and its whole stack with the monitors it holds. */
    private static void appendThread(StringBuilder b, ThreadInfo ti) {
        b.append('"').append(ti.getThreadName()).append("\" ").append(ti.getThreadState());
        if (ti.getLockName() != null) {
            b.append(" on ").append(ti.getLockName());
            if (ti.getLockOwnerName() != null) {
                b.append(" held by \"").append(ti.getLockOwnerName()).append('"');
            }
        }
        b.append('\n');
        StackTraceElement[] frames = ti.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            b.append("    at ").append(frames[i]).append('\n');
            for (MonitorInfo m : ti.getLockedMonitors()) {
                if (m.getLockedStackDepth() == i) {
                    b.append("      - locked ").append(m).append('\n');
                }
            }
        }
        for (LockInfo l : ti.getLockedSynchronizers()) {
            b.append("    holds ").append(l).append('\n');
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for every live thread of this JVM whose name starts with {@code prefix} to end
     * (daemon threads of a program that has ended); returns the names still alive then, empty when all ended.
     */
    public static java.util.List<String> awaitThreadsEnded(String prefix, long timeoutMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        java.util.List<String> alive;
        do {
            alive = new java.util.ArrayList<>();
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith(prefix) && t.isAlive()) {
                    alive.add(t.getName());
                }
            }
            if (alive.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return alive;
    }
}
