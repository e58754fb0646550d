package org.stmj.python.modules;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/**
 * The builtin {@code atomic} and the core of the {@code transaction} module. Entering {@code with atomic:} calls
 * the GIL's {@code @AtomicBlock(ENTER)} method and leaving it the {@code EXIT} one; an exception leaving the
 * block ends it normally (effects kept).
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

    public static PyObject atomicObject(Interpreter in) {
        return INSTANCE;
    }

    static PyModule make(Interpreter in) {
        PyDict d = new PyDict();
        d.putStr("atomic", INSTANCE);
        Modules.fn(d, "is_atomic", (ts, a, kw) -> Py.bool(ts.atomicDepth > 0));
        Modules.fn(d, "hint_commit_soon", (ts, a, kw) -> Py.None);
        Modules.fn(d, "time", (ts, a, kw) -> Py.newFloat(System.currentTimeMillis() / 1000.0));
        Modules.fn(d, "clock", (ts, a, kw) -> Py.newFloat(System.nanoTime() / 1e9));
        Modules.fn(d, "getsegmentlimit", (ts, a, kw) -> Py.newInt(Runtime.getRuntime().availableProcessors()));
        return new PyModule("_transaction", d);
    }
}
