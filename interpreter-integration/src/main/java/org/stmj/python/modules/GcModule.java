package org.stmj.python.modules;

import org.stmj.python.objects.Args;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyWeakRef;
import org.stmj.python.vm.ThreadState;

/**
 * {@code gc} over the JVM's collector. Python objects are Java objects, so there is no reference counting and no
 * separate cycle collector: {@code collect()} runs a full JVM collection (with the GIL released, like any blocking
 * call), waits until the collector's reference handler has enqueued the weak references it cleared (a sentinel
 * reference marks the batch), and runs their callbacks (the safe point of {@link PyWeakRef}), then waits for the
 * JVM's finalizations and runs the {@code __del__} of the objects found garbage
 * ({@link org.stmj.python.objects.Finalizers}). It returns 0: the JVM does not say how many objects it freed.
 * Introspection of the object graph ({@code get_objects}, {@code get_referrers}, {@code get_referents}) is not
 * available on the JVM and returns empty lists; {@code enable}/{@code disable} only record the setting (the JVM's
 * collector cannot be switched off), which is what {@code test.support.disable_gc} and friends read back.
 */
final class GcModule {
    private GcModule() {
    }

    static PyModule make(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("gc", d);
        // the enabled flag and thresholds live in this Python list (interpreter storage, versioned under STM)
        PyList state = new PyList(new PyObject[] {Py.True, Py.newInt(700), Py.newInt(10), Py.newInt(10)});
        Modules.fn(d, "collect", (ts, a, kw) -> {
            PyObject[] p = Args.parse("collect", a, kw, new String[] {"generation"}, 0);
            if (p[0] != null) {
                long g = Ops.toInt(ts, p[0]).v;
                if (g < 0 || g > 2) {
                    throw Py.valueError("invalid generation");
                }
            }
            // every thread's generators whose arming was deferred: armed now if suspended, else let go
            org.stmj.python.objects.Finalizers.flushAllGuarded(ts);
            Modules.io(ts, () -> {
                // under STM the thread's idle logs keep up to a few hundred references: drop them first
                org.stmj.api.Atomic.releaseRetainedReferences();
                org.stmj.python.objects.WeakHandle.collectAndAwait(ts.interp, 2000, 5);
                org.stmj.python.objects.FinalizerTrigger.awaitFinalization(ts.interp, 2000, 2);
                return Py.None;
            });
            PyWeakRef.drain(ts);
            org.stmj.python.objects.Finalizers.drain(ts);
            return Py.newInt(0);
        });
        Modules.fn(d, "enable", (ts, a, kw) -> {
            state.items[0] = Py.True;
            return Py.None;
        });
        Modules.fn(d, "disable", (ts, a, kw) -> {
            state.items[0] = Py.False;
            return Py.None;
        });
        Modules.fn(d, "isenabled", (ts, a, kw) -> state.items[0]);
        Modules.fn(d, "get_threshold", (ts, a, kw) -> new PyTuple(state.items[1], state.items[2], state.items[3]));
        Modules.fn(d, "set_threshold", (ts, a, kw) -> {
            Args.check("set_threshold", a, kw, 1, 3);
            for (int i = 0; i < a.length; i++) {
                state.items[1 + i] = Ops.toInt(ts, a[i]);
            }
            return Py.None;
        });
        Modules.fn(d, "get_count", (ts, a, kw) -> new PyTuple(Py.newInt(0), Py.newInt(0), Py.newInt(0)));
        Modules.fn(d, "get_objects", (ts, a, kw) -> new PyList());
        Modules.fn(d, "get_referrers", (ts, a, kw) -> new PyList());
        Modules.fn(d, "get_referents", (ts, a, kw) -> new PyList());
        Modules.fn(d, "get_stats", (ts, a, kw) -> new PyList());
        Modules.fn(d, "is_tracked", (ts, a, kw) -> {
            Args.check("is_tracked", a, kw, 1, 1);
            PyObject o = a[0];
            boolean atomic = o == Py.None || o instanceof org.stmj.python.objects.PyInt || o
                    instanceof org.stmj.python.objects.PyFloat
                    || o instanceof org.stmj.python.objects.PyStr || o instanceof org.stmj.python.objects.PyBytes
                    && !o.type().heap;
            return Py.bool(!atomic);
        });
        Modules.fn(d, "is_finalized", (ts, a, kw) -> Py.False);
        Modules.fn(d, "freeze", (ts, a, kw) -> Py.None);
        Modules.fn(d, "unfreeze", (ts, a, kw) -> Py.None);
        Modules.fn(d, "get_freeze_count", (ts, a, kw) -> Py.newInt(0));
        Modules.fn(d, "set_debug", (ts, a, kw) -> Py.None);
        Modules.fn(d, "get_debug", (ts, a, kw) -> Py.newInt(0));
        d.putStr("garbage", new PyList());
        d.putStr("callbacks", new PyList());
        Object[] consts = {"DEBUG_STATS", 1, "DEBUG_COLLECTABLE", 2, "DEBUG_UNCOLLECTABLE", 4, "DEBUG_SAVEALL", 32,
            "DEBUG_LEAK", 38};
        for (int i = 0; i < consts.length; i += 2) {
            d.putStr((String) consts[i], Py.newInt((Integer) consts[i + 1]));
        }
        return m;
    }

    /**
     * The live weak reference objects of {@code o} ({@code getweakrefcount}, {@code getweakrefs}): when it has any
     * the collector has not cleared, a full collection first (the GIL released, the thread's retained STM logs
     * dropped, as {@code collect()}), so that those no longer reachable are not counted, as in CPython, where
     * reference counting frees them at once.
     */
    static java.util.List<PyObject> listedAfterCollection(ThreadState ts, PyObject o) {
        if (org.stmj.python.objects.WeakHandle.anyListed(o)) {
            Modules.io(ts, () -> {
                org.stmj.api.Atomic.releaseRetainedReferences();
                System.gc();
                return Py.None;
            });
        }
        return org.stmj.python.objects.WeakHandle.listed(o);
    }

    /** {@code _stmj_weakref}: the Java core of {@code _weakref} (the reference type); proxies are Python on top. */
    static PyModule makeWeakrefCore(ThreadState ts0) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("_stmj_weakref", d);
        d.putStr("ReferenceType", PyWeakRef.TYPE);
        Modules.fn(d, "_drain", (ts, a, kw) -> Py.newInt(PyWeakRef.drain(ts)));
        PyWeakRef.moduleFunctions(d);
        Modules.fn(d, "getweakrefcount", (ts, a, kw) -> {
            Args.check("_weakref.getweakrefcount", a, kw, 1, 1);
            return Py.newInt(listedAfterCollection(ts, a[0]).size());
        });
        Modules.fn(d, "getweakrefs", (ts, a, kw) -> {
            Args.check("_weakref.getweakrefs", a, kw, 1, 1);
            return new PyList(listedAfterCollection(ts, a[0]).toArray(new PyObject[0]));
        });
        return m;
    }
}
