package org.stmj.python.modules;

import java.util.Locale;
import org.stmj.api.StmStats;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ConflictLocator;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/**
 * The builtin {@code atomic} and the Java core of the {@code transaction} module (PyPy-STM's user API; the
 * Python part is {@code lib/transaction.py}). Entering {@code with atomic:} calls the GIL's
 * {@code @AtomicBlock(ENTER)} method and leaving it the {@code EXIT} one; an exception leaving the block ends it
 * normally (effects kept).
 *
 * <p>The work list of {@code TransactionQueue} is here ({@link TxQueue}): plain fields of interpreter objects, so
 * under STM an {@code add} inside a task is part of that task's transaction (undone with it), and under the GIL
 * it is atomic with its bytecode. Each worker thread has its own deque (adds made by its tasks go there, so
 * workers do not conflict on one shared list; an idle worker steals from the others). A worker with nothing to do
 * waits in {@code _queue_next}, a builtin called from the worker's own dispatch loop, through the GIL's
 * {@code @GilReleased} blocking call: under STM that commits the running transaction first and waits outside
 * any transaction, so it never waits inside a nested loop or an atomic block.
 */
public final class TransactionModule {
    private TransactionModule() {
    }

    static final PyType ATOMIC = new PyType("atomic", Builtins.OBJECT, false, null);

    /** The context manager object bound to the builtin name {@code atomic}. */
    static final class Atomic extends PyObject {
        @Override
        public PyType type() {
            return ATOMIC;
        }

        @Override
        public String repr(ThreadState ts) {
            return "<atomic>";
        }
    }

    private static final Atomic INSTANCE = new Atomic();

    static {
        ATOMIC.dict.putStr("__enter__", new PyBuiltin("__enter__", (ts, a, kw) -> {
            ts.interp.gil.atomicEnter(ts);
            return a[0];
        }, null, "atomic"));
        ATOMIC.dict.putStr("__exit__", new PyBuiltin("__exit__", (ts, a, kw) -> {
            ts.interp.gil.atomicExit(ts);
            return Py.False;
        }, null, "atomic"));
    }

    /**
     * The object for the builtin {@code atomic}. Called once by each interpreter as it starts, which is also
     * where the Python conflict locator is installed in the engine (statistics and reports in Python terms).
     */
    public static PyObject atomicObject(Interpreter in) {
        ConflictLocator.install();
        return INSTANCE;
    }

    /** Whether the interpreter runs transformed by the STM agent ({@code --stm} or {@code --auto}). */
    static boolean stmMode() {
        String m = System.getProperty("stmj.mode", "");
        return m.equals("stm") || m.equals("auto");
    }

    // ------------------------------------------------------------------ TransactionQueue's work list

    static final PyType QUEUE = new PyType("_TransactionQueueCore", Builtins.OBJECT, false, null);

    /** One worker's deque of tasks and state. Written by its worker; read (and stolen from) by the others. */
    static final class Worker {
        /** The Python thread ident of the worker's thread; 0 until it first asks for a task. */
        long ident;
        /** Invariant: buf[head..tail) are the queued tasks, all other slots null. */
        PyObject[] buf = new PyObject[8];
        int head;
        int tail;
        /** Whether the worker runs a task (which may add more): the run is not over while one is busy. */
        boolean busy;
        /** Tasks this worker ran in the current run. */
        long ran;

        void push(PyObject task) {
            if (tail == buf.length) {
                if (head > 0) {
                    System.arraycopy(buf, head, buf, 0, tail - head);
                    for (int i = tail - head; i < tail; i++) {
                        buf[i] = null;
                    }
                    tail -= head;
                    head = 0;
                } else {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
            buf[tail++] = task;
        }

        PyObject popFront() {
            if (head == tail) {
                return null;
            }
            PyObject t = buf[head];
            buf[head++] = null;
            if (head == tail) {
                head = 0;
                tail = 0;
            }
            return t;
        }

        PyObject popBack() {
            if (head == tail) {
                return null;
            }
            PyObject t = buf[--tail];
            buf[tail] = null;
            if (head == tail) {
                head = 0;
                tail = 0;
            }
            return t;
        }

        void clear() {
            while (popFront() != null) {
                // drop
            }
        }
    }

    /**
     * The work list of one {@code TransactionQueue}: tasks added outside a run wait in {@link #pending}; a run
     * hands them round-robin to its workers' deques. Invariant: {@link #workers} is non-null exactly while a run
     * is going; {@link #error} is the first exception a task raised in the current run.
     */
    static final class TxQueue extends PyObject {
        final Worker pending = new Worker();
        Worker[] workers;
        PyObject error;
        long lastRun;
        /** Where idle workers wait; signalled after every change that may give them work or end the run. */
        final ThreadModule.WaitQueue wait = new ThreadModule.WaitQueue();

        @Override
        public PyType type() {
            return QUEUE;
        }

        Worker workerOf(ThreadState ts) {
            Worker[] ws = workers;
            if (ws != null) {
                for (Worker w : ws) {
                    if (w.ident == ts.ident) {
                        return w;
                    }
                }
            }
            return null;
        }

        int size() {
            int n = pending.tail - pending.head;
            Worker[] ws = workers;
            if (ws != null) {
                for (Worker w : ws) {
                    n += w.tail - w.head;
                }
            }
            return n;
        }

        /** The next task for worker {@code me}: its own, then the shared pending list, then stolen. */
        PyObject take(Worker me) {
            PyObject t = me.popFront();
            if (t == null) {
                t = pending.popFront();
            }
            if (t == null) {
                for (Worker w : workers) {
                    if (w != me && w.head != w.tail) {
                        t = w.popBack();
                        if (t != null) {
                            break;
                        }
                    }
                }
            }
            return t;
        }

        boolean anyBusy() {
            for (Worker w : workers) {
                if (w.busy) {
                    return true;
                }
            }
            return false;
        }
    }

    static TxQueue queue(PyObject o) {
        if (!(o instanceof TxQueue)) {
            throw Py.typeError("expected a transaction queue core");
        }
        return (TxQueue) o;
    }

    static Worker worker(ThreadState ts, TxQueue q, PyObject index) {
        Worker[] ws = q.workers;
        if (ws == null) {
            throw Py.runtimeError("the transaction queue is not running");
        }
        long i = Ops.toInt(ts, index).v;
        if (i < 0 || i >= ws.length) {
            throw Py.valueError("bad worker index");
        }
        return ws[(int) i];
    }

    private static void addQueueFunctions(PyDict d) {
        Modules.fn(d, "_queue", (ts, a, kw) -> new TxQueue());
        // _queue_add(q, task): a task is the tuple (f, args, kwargs)
        Modules.fn(d, "_queue_add", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            Worker w = q.workerOf(ts);
            (w != null ? w : q.pending).push(a[1]);
            q.wait.signalAfterCommit();
            return Py.None;
        });
        Modules.fn(d, "_queue_len", (ts, a, kw) -> Py.newInt(queue(a[0]).size()));
        // _queue_start(q, n): makes n workers and deals the pending tasks to them
        Modules.fn(d, "_queue_start", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            int n = (int) Ops.toInt(ts, a[1]).v;
            if (n < 1) {
                throw Py.valueError("nthreads must be at least 1");
            }
            if (q.workers != null) {
                throw Py.runtimeError("TransactionQueue.run() is already running");
            }
            Worker[] ws = new Worker[n];
            for (int i = 0; i < n; i++) {
                ws[i] = new Worker();
            }
            int i = 0;
            PyObject t;
            while ((t = q.pending.popFront()) != null) {
                ws[i].push(t);
                i = (i + 1) % n;
            }
            q.error = null;
            q.workers = ws;
            return Py.None;
        });
        // _queue_next(q, i): worker i's next task, or None when the run is over (waits while others still run)
        Modules.fn(d, "_queue_next", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            Worker me = worker(ts, q, a[1]);
            me.ident = ts.ident;
            while (true) {
                long seen = q.wait.sample();
                if (q.error != null) {
                    return Py.None;
                }
                PyObject t = q.take(me);
                if (t != null) {
                    me.busy = true;
                    return t;
                }
                if (!q.anyBusy()) {
                    q.wait.signalAfterCommit();
                    return Py.None;
                }
                // a bounded wait (belt and braces: adds signal after their commit, so none is lost)
                long deadline = System.nanoTime() + 50_000_000L;
                ts.interp.gil.blocking(ts, () -> {
                    q.wait.await(seen, deadline);
                    return null;
                });
            }
        });
        Modules.fn(d, "_queue_done", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            Worker me = worker(ts, q, a[1]);
            me.busy = false;
            me.ran++;
            q.wait.signalAfterCommit();
            return Py.None;
        });
        // _queue_fail(q, i, exc): the first exception stops the run; the remaining tasks are dropped
        Modules.fn(d, "_queue_fail", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            Worker me = worker(ts, q, a[1]);
            me.busy = false;
            me.ran++;
            if (q.error == null) {
                q.error = a[2];
            }
            for (Worker w : q.workers) {
                w.clear();
            }
            q.pending.clear();
            q.wait.signalAfterCommit();
            return Py.None;
        });
        // _queue_finish(q): ends the run; returns the exception to re-raise, or None
        Modules.fn(d, "_queue_finish", (ts, a, kw) -> {
            TxQueue q = queue(a[0]);
            Worker[] ws = q.workers;
            long ran = 0;
            if (ws != null) {
                for (Worker w : ws) {
                    ran += w.ran;
                    PyObject t;
                    while ((t = w.popFront()) != null) {
                        q.pending.push(t);
                    }
                }
            }
            q.workers = null;
            q.lastRun = ran;
            PyObject e = q.error;
            q.error = null;
            return e == null ? Py.None : e;
        });
        Modules.fn(d, "_queue_last_run", (ts, a, kw) -> Py.newInt(queue(a[0]).lastRun));
    }

    // ------------------------------------------------------------------ statistics

    private static PyObject seconds(long nanos) {
        return Py.newFloat(nanos / 1e9);
    }

    private static PyObject strOrNone(String s) {
        return s == null ? Py.None : Py.str(s);
    }

    /** The engine's statistics as a Python dict (see the module's documentation for the keys). */
    static PyDict statsDict(ThreadState ts) {
        StmStats s = org.stmj.api.Atomic.stats();
        PyDict d = new PyDict();
        d.putStr("mode", Py.str(System.getProperty("stmj.mode", "gil")));
        d.putStr("transactions", Py.newInt(s.commits()));
        d.putStr("commits", Py.newInt(s.commits()));
        d.putStr("aborts", Py.newInt(s.aborts()));
        PyDict causes = new PyDict();
        for (StmStats.Cause c : StmStats.Cause.values()) {
            causes.putStr(c.name().toLowerCase(Locale.ROOT), Py.newInt(s.aborts(c)));
        }
        d.putStr("aborts_by_cause", causes);
        d.putStr("inevitable", Py.newInt(s.inevitableRuns()));
        d.putStr("time_lost", seconds(s.nanosLostInAborts()));
        d.putStr("inevitable_wait", seconds(s.inevitableWaitNanos()));
        d.putStr("gil_released", seconds(s.gilReleasedNanos()));
        PyDict len = new PyDict();
        len.putStr("transactions", Py.newInt(s.boundaryTransactions()));
        len.putStr("median", Py.newInt(s.medianLength()));
        len.putStr("max", Py.newInt(s.maxLength()));
        d.putStr("bytecodes_per_transaction", len);
        PyList threads = new PyList();
        for (StmStats.ThreadTotals t : s.threads()) {
            PyDict x = new PyDict();
            x.putStr("name", Py.str(t.name()));
            x.putStr("commits", Py.newInt(t.commits()));
            x.putStr("aborts", Py.newInt(t.aborts()));
            x.putStr("inevitable", Py.newInt(t.inevitableRuns()));
            x.putStr("time_lost", seconds(t.nanosLostInAborts()));
            x.putStr("inevitable_wait", seconds(t.inevitableWaitNanos()));
            x.putStr("gil_released", seconds(t.gilReleasedNanos()));
            threads.append(x);
        }
        d.putStr("threads", threads);
        PyList sites = new PyList();
        for (StmStats.Site x : s.conflictSites()) {
            PyDict e = new PyDict();
            e.putStr("location", strOrNone(x.sourceLocation()));
            e.putStr("other", strOrNone(x.otherSourceLocation()));
            e.putStr("kind", Py.str(x.kind()));
            e.putStr("access", strOrNone(x.access()));
            e.putStr("count", Py.newInt(x.aborts()));
            e.putStr("time_lost", seconds(x.nanosLost()));
            e.putStr("java", Py.str(x.location()));
            e.putStr("hint", strOrNone(ConflictLocator.hintFor(x.kind(), x.access())));
            sites.append(e);
        }
        d.putStr("conflicts", sites);
        PyList reasons = new PyList();
        for (StmStats.InevitableReason r : s.inevitableReasons()) {
            PyDict e = new PyDict();
            e.putStr("reason", Py.str(r.reason()));
            e.putStr("location", strOrNone(r.sourceLocation()));
            e.putStr("count", Py.newInt(r.count()));
            reasons.append(e);
        }
        d.putStr("inevitable_reasons", reasons);
        return d;
    }

    static PyModule make(Interpreter in) {
        PyDict d = new PyDict();
        d.putStr("atomic", INSTANCE);
        Modules.fn(d, "is_atomic", (ts, a, kw) -> Py.bool(ts.atomicDepth > 0 || org.stmj.api.Atomic.atomicDepth() > 0));
        Modules.fn(d, "hint_commit_soon", (ts, a, kw) -> {
            org.stmj.api.Atomic.hintCommitSoon();
            return Py.None;
        });
        Modules.fn(d, "time", (ts, a, kw) -> Py.newFloat(System.currentTimeMillis() / 1000.0));
        Modules.fn(d, "clock", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "getsegmentlimit", (ts, a, kw) ->
                Py.newInt(stmMode() ? Runtime.getRuntime().availableProcessors() : 1));
        Modules.fn(d, "stats", (ts, a, kw) -> statsDict(ts));
        // report(top=10): the text report with the top `top` conflict sites and reasons for inevitability
        Modules.fn(d, "report", (ts, a, kw) -> Py.str(a.length == 0 ? org.stmj.api.Atomic.report()
                : org.stmj.api.Atomic.report((int) Ops.toInt(ts, a[0]).v)));
        addQueueFunctions(d);
        return new PyModule("_transaction", d);
    }
}
