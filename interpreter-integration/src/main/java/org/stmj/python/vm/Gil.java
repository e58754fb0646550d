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
 *
 * <p>The same flag is the interpreter's eval breaker for signals ({@link #requestSignalCheck}): a signal for the
 * main thread ({@code _thread.interrupt_main}, SIGINT, SIGALRM of {@code signal.alarm}/{@code setitimer}) sets
 * it, and the main thread runs the Python handlers at its next boundary outside {@code with atomic:} (what a
 * handler raises, KeyboardInterrupt for SIGINT, the loop raises at the instruction about to run, as CPython's
 * eval breaker does: {@link SignalRaised}). The hot path stays one read.
 */
public final class Gil {
    private final ReentrantLock lock = new ReentrantLock(true);
    /**
     * The breaker: set by a thread waiting for the GIL (with {@link #gilWanted}) or by a signal for the main thread
     * ({@link #requestSignalCheck}); cleared by the holder at its next boundary outside {@code with atomic:}.
     */
    private volatile boolean dropRequest;
    /** Set, before {@link #dropRequest}, by a thread waiting for the GIL; cleared by the holder when it yields. */
    private volatile boolean gilWanted;
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
                gilWanted = true;
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

    /**
     * Called once per bytecode at the top of the dispatch loop: hands the GIL over to a thread that waits for it,
     * and on the main thread runs the handlers of pending signals (what they raise comes out of here as
     * {@link SignalRaised}). Both wait for the end of the outermost {@code with atomic:} block.
     */
    @BytecodeBoundary
    public void boundary(ThreadState ts) {
        if (dropRequest && ts.atomicDepth == 0) {
            breaker(ts);
        }
    }

    private void breaker(ThreadState ts) {
        dropRequest = false;
        if (gilWanted) {
            gilWanted = false;
            lock.unlock();
            Thread.yield();
            acquire();
        }
        // a spawned thread that runs on after its program ended (a daemon busy in pure Python, which no blocking
        // call stops) ends here, as blocking() ends one at its next blocking call; the breaker stays set for the next
        if (ts.spawned && ts.interp.finalizing) {
            dropRequest = true;
            throw ThreadExit.INSTANCE;
        }
        // another thread that finds the breaker set for the main thread's signal clears it: the main thread sets
        // it again when it gets the GIL back (rearm), and looks at the signals at its next boundary
        if (ts == ts.interp.mainThread && ts.interp.signals.any()) {
            try {
                org.stmj.python.modules.Signals.check(ts);
            } catch (org.stmj.python.objects.PyException e) {
                throw new SignalRaised(e.exc);
            }
        }
    }

    /**
     * A signal is pending for the main thread (from any thread, Python or not): its next boundary outside
     * {@code with atomic:} runs the handlers, or, while another thread holds the GIL, the first boundary after
     * it gets the GIL back.
     */
    public void requestSignalCheck() {
        dropRequest = true;
    }

    /**
     * The program has ended ({@code finalizing} is set): every thread still running bytecode under the GIL takes
     * its next boundary's slow path, where a spawned one ends ({@link #breaker}). Without this, a lone daemon
     * spinning in pure Python saw no drop request once the main thread had released the GIL, and ran for ever (in
     * an in-process run: a leaked thread that kept a CPU busy).
     */
    public void programEnded() {
        dropRequest = true;
    }

    /** After the main thread took the GIL back: its next boundary looks at the signals left pending meanwhile. */
    private void rearm(ThreadState ts) {
        if (ts == ts.interp.mainThread && ts.interp.signals.any()) {
            dropRequest = true;
        }
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
        rearm(ts);
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
        rearm(ts);
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
