package org.stmj.python.vm;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.stmj.api.annotation.AtomicBlock;
import org.stmj.api.annotation.BytecodeBoundary;
import org.stmj.api.annotation.GilReleased;
import org.stmj.api.annotation.ModeSwitch;

/**
 * The global interpreter lock. A waiting thread waits one switch interval, then sets the drop request; the
 * holder sees the request at its next bytecode boundary and hands the lock over (the lock is fair, so the
 * waiter gets it). While one thread runs, a boundary reads one volatile flag and takes no lock.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Set by a thread waiting for the GIL; cleared by the holder when it yields. */
    private volatile boolean dropRequest;
    /** Switch interval in nanoseconds (sys.setswitchinterval). */
    private volatile long intervalNanos = 5_000_000L;
    /** The switch interval as set, in whole microseconds (sys.getswitchinterval reads it back; may be 0). */
    private volatile long intervalMicros = 5_000L;
    /**
     * Off when the STM runs every bytecode as a transaction from the start ({@code -Dstmj.mode=stm}): a thread
     * that held the GIL would keep it for good once in STM mode (the boundary that yields it never runs there).
     */
    private final boolean off = "stm".equals(System.getProperty("stmj.mode"));

    /**
     * Sets the switch interval, kept in whole microseconds as CPython keeps it (truncated; 0 is read back as set,
     * and waits as 1).
     */
    public void setSwitchInterval(double seconds) {
        long us = (long) (seconds * 1e6);
        intervalMicros = us;
        intervalNanos = 1000L * Math.max(1L, us);
    }

    /** The switch interval in seconds, computed as CPython does ({@code 1e-6 * microseconds}). */
    public double getSwitchInterval() {
        return 1e-6 * intervalMicros;
    }

    /** Takes the GIL for the calling thread (blocking). */
    public void acquire() {
        if (off) {
            return;
        }
        try {
            // timed tryLock honours the fair ordering (plain tryLock() would barge past waiting threads)
            if (lock.tryLock(0, TimeUnit.NANOSECONDS)) {
                return;
            }
            while (!lock.tryLock(intervalNanos, TimeUnit.NANOSECONDS)) {
                dropRequest = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lock.lock();
        }
    }

    /** Releases the GIL if the calling thread holds it (a thread that switched to STM execution does not). */
    public void release() {
        if (!off && lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    public boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Called once per bytecode at the top of the dispatch loop. */
    @BytecodeBoundary
    public void boundary(ThreadState ts) {
        if (dropRequest && ts.atomicDepth == 0) {
            yieldGil(ts);
        }
    }

    /**
     * Hands the GIL to the waiter. A spawned thread that gets it back after its program ended ({@link
     * #programEnded}: a daemon busy in pure Python, which no blocking call stops) ends here, as {@link #blocking}
     * ends one at its next blocking call; the drop request stays set, so that the next such thread comes here too.
     */
    private void yieldGil(ThreadState ts) {
        dropRequest = false;
        lock.unlock();
        Thread.yield();
        acquire();
        if (ts.spawned && ts.interp.finalizing) {
            dropRequest = true;
            throw ThreadExit.INSTANCE;
        }
    }

    /**
     * The program has ended ({@code finalizing} is set): every thread still running bytecode under the GIL takes
     * its next boundary's slow path, where a spawned one ends ({@link #yieldGil}). Without this, a lone daemon
     * spinning in pure Python saw no drop request once the main thread had released the GIL, and ran for ever (in
     * an in-process run: a leaked thread that kept a CPU busy).
     */
    public void programEnded() {
        dropRequest = true;
    }

    /** Leaves the GIL before a blocking call; returns whether it was held (pass to {@link #reacquire}). */
    @GilReleased
    public boolean releaseForBlocking(ThreadState ts) {
        if (ts.atomicDepth > 0 || !lock.isHeldByCurrentThread()) {
            return false;
        }
        int holds = lock.getHoldCount();
        for (int i = 0; i < holds; i++) {
            lock.unlock();
        }
        ts.gilHolds = holds;
        return true;
    }

    public void reacquire(ThreadState ts, boolean released) {
        if (!released) {
            return;
        }
        for (int i = 0; i < ts.gilHolds; i++) {
            acquire();
        }
    }

    /**
     * The thread's dispatch loop moves to transactional execution (STM and auto modes, at its outermost
     * boundary): transactions never take the GIL, so it is given up for good.
     */
    @ModeSwitch(ModeSwitch.Kind.TO_STM)
    public void toStm(ThreadState ts) {
        ts.transactional = true;
        if (off) {
            return;
        }
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }

    /** The thread's dispatch loop moves back to GIL execution (auto mode, when it runs alone): take the GIL. */
    @ModeSwitch(ModeSwitch.Kind.TO_GIL)
    public void toGil(ThreadState ts) {
        ts.transactional = false;
        if (off || lock.isHeldByCurrentThread()) {
            return;
        }
        acquire();
    }

    /** Enters {@code with atomic:}: the GIL is kept until the outermost block is left. */
    @AtomicBlock(AtomicBlock.Kind.ENTER)
    public void atomicEnter(ThreadState ts) {
        ts.atomicDepth++;
    }

    @AtomicBlock(AtomicBlock.Kind.EXIT)
    public void atomicExit(ThreadState ts) {
        if (ts.atomicDepth > 0) {
            ts.atomicDepth--;
        }
    }

    /** A blocking action run with the GIL released. */
    @FunctionalInterface
    public interface Blocking<T> {
        T run() throws InterruptedException;
    }

    /** Runs a blocking action with the GIL released (unless inside an atomic block). */
    @GilReleased
    public <T> T blocking(ThreadState ts, Blocking<T> action) {
        boolean released = releaseForBlocking(ts);
        try {
            T r = action.run();
            if (ts.spawned && ts.interp.finalizing) {
                throw ThreadExit.INSTANCE;
            }
            return r;
        } catch (InterruptedException e) {
            if (ts.spawned && ts.interp.finalizing) {
                throw ThreadExit.INSTANCE;
            }
            Thread.currentThread().interrupt();
            throw org.stmj.python.objects.Py.raise(org.stmj.python.objects.Exc.KeyboardInterrupt, "");
        } finally {
            reacquire(ts, released);
        }
    }
}
