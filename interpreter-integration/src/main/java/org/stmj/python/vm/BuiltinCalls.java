package org.stmj.python.vm;

import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyInstance;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyType;

/**
 * CALL and CALL_METHOD of a built-in function or method with few positional arguments, from the dispatch loop:
 * the arguments go from the value stack straight to the built-in's fixed-arity entry ({@link PyBuiltin#call1} and
 * its siblings; {@code objects.FixedArity}), with no argument array, no trip through {@code Interp.generic} and
 * no per-call arity check where the built-in has a body for that count. A built-in never pushes a frame, so both
 * return the new stack pointer. As in the general path, the stack is popped and {@code f.sp} written before the
 * call (a built-in may run Python code in a nested loop). The same for a built-in type called with one argument
 * ({@code int(x)}, {@code float(x)}, {@code str(x)}, {@code tuple(x)}, {@code range(n)}: {@link #callType1}).
 */
final class BuiltinCalls {
    private BuiltinCalls() {
    }

    /** Most positional arguments of a CALL that {@link #call} takes (CALL_METHOD: one less, for self). */
    static final int MAX_ARGS = 3;

    /**
     * CALL_METHOD with {@code arg < MAX_ARGS} positional arguments whose method slot holds the built-in m: an
     * unbound method descriptor with its self in the next slot (LOAD_METHOD found it on self's type), or any
     * built-in with an empty self slot (a module function, a bound method).
     */
    static int callMethod(ThreadState ts, Frame f, int sp, int arg, PyBuiltin m) {
        PyObject[] st = f.stack;
        int base = sp - arg - 2;
        PyObject self = st[base + 1];
        PyObject a = arg > 0 ? st[base + 2] : null;
        PyObject b = arg > 1 ? st[base + 3] : null;
        for (int i = base; i < sp; i++) {
            st[i] = null;
        }
        f.sp = base;
        PyObject r;
        if (self != null) {
            r = arg == 0 ? m.positional1(ts, self) : arg == 1 ? m.positional2(ts, self, a)
                    : m.positional3(ts, self, a, b);
        } else {
            r = arg == 0 ? m.call0(ts) : arg == 1 ? m.call1(ts, a) : m.call2(ts, a, b);
        }
        st[base] = r;
        return base + 1;
    }

    /**
     * CALL of the built-in b with {@code arg <= MAX_ARGS} positional arguments; {@code Integer.MIN_VALUE} (nothing
     * done) for {@code abs} of an instance, whose Python {@code __abs__} the general path runs in a pushed frame.
     */
    static int call(ThreadState ts, Frame f, int sp, int arg, PyBuiltin b) {
        PyObject[] st = f.stack;
        int base = sp - arg - 1;
        PyObject x = arg > 0 ? st[base + 1] : null;
        if (arg == 1 && x instanceof PyInstance && b == ts.interp.absBuiltin) {
            return Integer.MIN_VALUE;
        }
        PyObject y = arg > 1 ? st[base + 2] : null;
        PyObject z = arg > 2 ? st[base + 3] : null;
        for (int i = base; i < sp; i++) {
            st[i] = null;
        }
        f.sp = base;
        PyObject r = arg == 0 ? b.call0(ts) : arg == 1 ? b.call1(ts, x) : arg == 2 ? b.call2(ts, x, y)
                : b.call3(ts, x, y, z);
        st[base] = r;
        return base + 1;
    }

    /**
     * CALL of the built-in type t with one positional argument, t having a one-argument body
     * ({@link PyType#call1}): what {@code t.call(ts, [x], null)} computes (the general path: {@code Interp.generic},
     * an argument array, {@code PyType.callType}'s {@code __new__}/{@code __init__} protocol), without the array
     * and the dispatch. A built-in type's call never pushes a frame.
     */
    static int callType1(ThreadState ts, Frame f, int sp, PyType t) {
        PyObject[] st = f.stack;
        int base = sp - 2;
        PyObject x = st[sp - 1];
        st[base] = null;
        st[sp - 1] = null;
        f.sp = base;
        // int and float by static calls (C2 inlines them; chaos and raytracer call int() of a float per pixel or
        // point); the other types through their body, an interface call that one site shares among all of them
        st[base] = t == Builtins.INT ? Builtins.int1(ts, x) : t == Builtins.FLOAT ? Builtins.float1(ts, x)
                : t.call1.call(ts, x);
        return base + 1;
    }
}
