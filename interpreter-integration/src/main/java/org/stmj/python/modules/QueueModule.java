package org.stmj.python.modules;

import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.ClassCreation;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.ThreadState;

/**
 * {@code _queue}: CPython's C {@code SimpleQueue} (an unbounded FIFO whose {@code put} never blocks) and the
 * {@code Empty} exception, which {@code queue.py} uses in place of its pure-Python versions.
 *
 * <p>The items are a ring buffer in plain fields of the queue object ({@code items}, {@code head}, {@code count}):
 * under the GIL a put or get is atomic with the bytecode that calls it, under STM it is part of that bytecode's
 * transaction, so an aborted get puts its item back by rolling back. A blocking {@code get} waits outside Python
 * state on the queue's {@link ThreadModule.WaitQueue} with the GIL released, exactly as a lock acquisition does; a
 * {@code put} signals it once the bytecode has taken effect. Inside {@code with atomic:} a get that would block
 * raises {@code RuntimeError} (untimed) or {@code Empty} at once (timed), as a lock does.
 */
final class QueueModule {
    private QueueModule() {
    }

    /** The queue: items[head .. head+count) modulo the array length are the items, oldest first. */
    static final class SimpleQueue extends PyObject {
        PyType type;
        PyDict attrs;
        PyObject[] items = new PyObject[8];
        int head;
        int count;
        final ThreadModule.WaitQueue waiters = new ThreadModule.WaitQueue();
        /** The Empty exception of the module that made the queue's type. */
        final PyType empty;

        SimpleQueue(PyType type, PyType empty) {
            this.type = type;
            this.empty = empty;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public PyDict attrs() {
            if (attrs == null && type.heap) {
                attrs = PyDict.instanceDict(type());
            }
            return attrs;
        }

        void put(PyObject v) {
            if (count == items.length) {
                PyObject[] n = new PyObject[items.length * 2];
                for (int i = 0; i < count; i++) {
                    n[i] = items[(head + i) % items.length];
                }
                items = n;
                head = 0;
            }
            items[(head + count) % items.length] = v;
            count++;
            waiters.signalAfterCommit();
        }

        PyObject take() {
            PyObject v = items[head];
            items[head] = null;
            head = (head + 1) % items.length;
            count--;
            return v;
        }

        /** The oldest item; waits (GIL released) up to timeout seconds when blocking (forever when negative). */
        PyObject get(ThreadState ts, boolean block, double timeout) {
            if (count > 0) {
                return take();
            }
            if (!block) {
                throw empty(empty);
            }
            if (ts.atomicDepth > 0) {
                ThreadModule.wouldBlockInAtomic(timeout, "wait for an empty queue");
                throw empty(empty);
            }
            long deadline = ThreadModule.deadline(timeout);
            while (true) {
                long seen = waiters.sample();
                if (count > 0) {
                    return take();
                }
                if (System.nanoTime() >= deadline) {
                    throw empty(empty);
                }
                ts.interp.gil.blocking(ts, () -> {
                    waiters.await(seen, deadline);
                    return null;
                });
            }
        }
    }

    static PyException empty(PyType empty) {
        return new PyException(new PyBaseException(empty));
    }

    static void m(PyType t, String name, PyBuiltin.Native f) {
        t.dict.putStr(name, new PyBuiltin(name, f, null, t.name));
    }

    static double timeoutOf(ThreadState ts, PyObject t) {
        if (t == null || t == Py.None) {
            return -1;
        }
        double v = Ops.toDouble(ts, t);
        if (v < 0) {
            throw Py.valueError("'timeout' must be a non-negative number");
        }
        return v;
    }

    /**
     * The module: its Empty class and a SimpleQueue type whose queues raise it (one of each per import, as
     * CPython's per-module state: a fresh import of {@code _queue} has its own pair).
     */
    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyType empty = ClassCreation.createClass(ts0, "Empty", new PyObject[] {Exc.Exception}, new PyDict(), null);
        empty.dict.putStr("__module__", Py.str("_queue"));
        empty.dict.putStr("__doc__", Py.str("Exception raised by Queue.get(block=0)/get_nowait()."));
        d.putStr("Empty", empty);
        PyType sq = new PyType("SimpleQueue", Builtins.OBJECT, false, (ts, cls, a, kw) -> {
            if (Args.positional(a, kw) > 0 || kw != null && kw.length > 0) {
                throw Py.typeError("SimpleQueue() takes no positional arguments");
            }
            return new SimpleQueue(cls, empty);
        });
        sq.dict.putStr("__module__", Py.str("_queue"));
        PyType.genericAlias(sq);
        m(sq, "put", (ts, a, kw) -> {
            PyObject[] p = Args.parse("put", a, kw, new String[] {"self", "item", "block", "timeout"}, 2);
            ((SimpleQueue) p[0]).put(p[1]);
            return Py.None;
        });
        m(sq, "put_nowait", (ts, a, kw) -> {
            PyObject[] p = Args.parse("put_nowait", a, kw, new String[] {"self", "item"}, 2);
            ((SimpleQueue) p[0]).put(p[1]);
            return Py.None;
        });
        m(sq, "get", (ts, a, kw) -> {
            PyObject[] p = Args.parse("get", a, kw, new String[] {"self", "block", "timeout"}, 1);
            boolean block = p[1] == null || Ops.truth(ts, p[1]);
            return ((SimpleQueue) p[0]).get(ts, block, block ? timeoutOf(ts, p[2]) : -1);
        });
        m(sq, "get_nowait", (ts, a, kw) -> {
            Args.check("get_nowait", a, kw, 1, 1);
            return ((SimpleQueue) a[0]).get(ts, false, -1);
        });
        m(sq, "empty", (ts, a, kw) -> {
            Args.check("empty", a, kw, 1, 1);
            return Py.bool(((SimpleQueue) a[0]).count == 0);
        });
        m(sq, "qsize", (ts, a, kw) -> {
            Args.check("qsize", a, kw, 1, 1);
            return Py.newInt(((SimpleQueue) a[0]).count);
        });        d.putStr("SimpleQueue", sq);
        return new PyModule("_queue", d);
    }
}
