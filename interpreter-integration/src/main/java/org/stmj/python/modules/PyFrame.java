package org.stmj.python.modules;

import org.stmj.python.compiler.Code;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyProperty;
import org.stmj.python.objects.PyType;
import org.stmj.python.vm.Frame;
import org.stmj.python.vm.ThreadState;

/**
 * A Python view of an interpreter frame ({@code sys._getframe()}, {@code tb_frame}): {@code f_code},
 * {@code f_globals}, {@code f_locals} (a snapshot for function frames, as CPython's before 3.13),
 * {@code f_lineno}, {@code f_back}. The view holds the frame only to read it; it never writes frame state.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame", Builtins.OBJECT, false, null);

    final Frame frame;

    public PyFrame(Frame frame) {
        this.frame = frame;
        // its f_locals, f_lineno and f_back stay this frame's and its callers': none of them is reused
        frame.pin();
    }

    /** The frame this object shows. */
    public Frame frame() {
        return frame;
    }

    /** A view of f, or None for null. */
    public static PyObject of(Frame f) {
        // one view per frame: debuggers compare frames by identity (bdb's "frame is self.stopframe")
        return f == null ? Py.None : org.stmj.python.vm.Tracing.view(f);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public long hash(ThreadState ts) {
        return System.identityHashCode(frame);
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        if (op != 2 && op != 3 || !(o instanceof PyFrame)) {
            return null; // not implemented: the reflected comparison, then identity
        }
        boolean eq = ((PyFrame) o).frame == frame;
        return Py.bool(op == 2 ? eq : !eq);
    }

    @Override
    public String repr(ThreadState ts) {
        return "<frame at 0x" + Integer.toHexString(System.identityHashCode(frame)) + ", file '" + frame.code.filename
                + "', line " + lineno(frame) + ", code " + frame.code.name + ">";
    }

    static int lineno(Frame f) {
        org.stmj.python.vm.Tracing.FrameTrace ft = f.trace;
        return ft != null && ft.inCall ? ft.callLine : f.line();
    }

    /** The frame's f_locals (a snapshot for function frames), for the interpreter's traceback suggestions. */
    public static PyDict localsOf(Frame f) {
        return locals(f);
    }

    static PyDict locals(Frame f) {
        if (f.locals != null) {
            return f.locals;
        }
        if ((f.code.flags & Code.NEWLOCALS) == 0) {
            return f.globals;
        }
        // one dict per frame, refreshed from the fast locals at each access (CPython's PyFrame_FastToLocals): keys
        // that are not locals stay (bdb stores __return__ and __exception__ there for pdb to show)
        org.stmj.python.vm.Tracing.FrameTrace ft = org.stmj.python.vm.Tracing.state(f);
        PyDict d = ft.locals;
        if (d == null) {
            d = new PyDict();
            ft.locals = d;
        }
        for (int i = 0; i < f.code.varnames.length && i < f.fast.length; i++) {
            sync(d, f.code.varnames[i], f.fast[i]);
        }
        for (int i = 0; i < f.cells.length; i++) {
            String n = i < f.code.cellvars.length ? f.code.cellvars[i] : f.code.freevars[i - f.code.cellvars.length];
            sync(d, n, f.cells[i] == null ? null : f.cells[i].value);
        }
        return d;
    }

    private static void sync(PyDict d, String name, PyObject v) {
        if (v != null) {
            d.putStr(name, v);
        } else if (d.getStr(name) != null) {
            d.remove(null, org.stmj.python.objects.Py.str(name));
        }
    }

    static void prop(String name, PyBuiltin.Native f) {
        TYPE.dict.putStr(name, new PyProperty(new PyBuiltin(name, f), null, null, Py.None));
    }

    static Frame f(PyObject[] a) {
        return ((PyFrame) a[0]).frame;
    }

    static {
        prop("f_code", (ts, a, kw) -> f(a).code);
        prop("f_globals", (ts, a, kw) -> f(a).globals);
        prop("f_builtins", (ts, a, kw) -> f(a).builtins);
        prop("f_locals", (ts, a, kw) -> locals(f(a)));
        prop("f_lineno", (ts, a, kw) -> Py.newInt(lineno(f(a))));
        prop("f_lasti", (ts, a, kw) -> Py.newInt(f(a).code.originalPc(Math.max(0, f(a).pc - 1)) * 2));
        prop("f_back", (ts, a, kw) -> of(f(a).back));
        TYPE.dict.putStr("f_trace", new PyProperty(new PyBuiltin("f_trace", (ts, a, kw) -> {
            org.stmj.python.vm.Tracing.FrameTrace ft = f(a).trace;
            return ft == null || ft.localTrace == null ? Py.None : ft.localTrace;
        }), new PyBuiltin("f_trace", (ts, a, kw) -> {
            org.stmj.python.vm.Tracing.state(f(a)).localTrace = a.length < 2 || a[1] == Py.None ? null : a[1];
            return Py.None;
        }), new PyBuiltin("f_trace", (ts, a, kw) -> {
            org.stmj.python.vm.Tracing.state(f(a)).localTrace = null;
            return Py.None;
        }), Py.None));
        TYPE.dict.putStr("f_trace_lines", new PyProperty(new PyBuiltin("f_trace_lines", (ts, a, kw) -> {
            org.stmj.python.vm.Tracing.FrameTrace ft = f(a).trace;
            return Py.bool(ft == null || ft.traceLines);
        }), new PyBuiltin("f_trace_lines", (ts, a, kw) -> {
            org.stmj.python.vm.Tracing.state(f(a)).traceLines = org.stmj.python.objects.Ops.truth(ts, a[1]);
            return Py.None;
        }), null, Py.None));
        TYPE.dict.putStr("f_trace_opcodes", new PyProperty(new PyBuiltin("f_trace_opcodes",
                (ts, a, kw) -> Py.False), new PyBuiltin("f_trace_opcodes", (ts, a, kw) -> Py.None), null, Py.None));
        TYPE.dict.putStr("clear", new PyBuiltin("clear", (ts, a, kw) -> Py.None, null, "frame"));
    }
}
