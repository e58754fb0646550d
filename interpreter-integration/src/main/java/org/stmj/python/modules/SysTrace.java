package org.stmj.python.modules;

import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;
import org.stmj.python.vm.Tracing;

/**
 * sys's debugging hooks: {@code settrace}, {@code gettrace}, {@code setprofile}, {@code getprofile} (over
 * {@link Tracing}), {@code breakpointhook} / {@code __breakpointhook__} with {@code PYTHONBREAKPOINT}, and the
 * builtin {@code breakpoint()} that calls {@code sys.breakpointhook}, as in CPython 3.11.
 */
final class SysTrace {
    private SysTrace() {
    }

    static void install(Interpreter in, PyDict sys) {
        sys.putStr("settrace", new PyBuiltin("settrace", (ts, a, kw) -> {
            check("settrace", a, kw);
            Tracing.setTrace(ts, a[0]);
            return Py.None;
        }));
        sys.putStr("setprofile", new PyBuiltin("setprofile", (ts, a, kw) -> {
            check("setprofile", a, kw);
            Tracing.setProfile(ts, a[0]);
            return Py.None;
        }));
        sys.putStr("gettrace", new PyBuiltin("gettrace", (ts, a, kw) -> Tracing.getTrace(ts)));
        sys.putStr("getprofile", new PyBuiltin("getprofile", (ts, a, kw) -> Tracing.getProfile(ts)));
        PyBuiltin hook = new PyBuiltin("breakpointhook", SysTrace::breakpointHook);
        sys.putStr("breakpointhook", hook);
        sys.putStr("__breakpointhook__", hook);
        in.builtins.putStr("breakpoint", new PyBuiltin("breakpoint", (ts, a, kw) -> {
            PyObject h = ts.interp.sys.dict.getStr("breakpointhook");
            if (h == null) {
                throw Py.raise(Exc.RuntimeError, "lost sys.breakpointhook");
            }
            return Ops.call(ts, h, a, kw);
        }));
    }

    private static void check(String name, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Py.typeError(name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw Py.typeError(name + "() takes exactly one argument (" + a.length + " given)");
        }
    }

    /** PYTHONBREAKPOINT: os.environ when os is imported (a program may set it there), else the process's. */
    private static String hookName(ThreadState ts) {
        PyObject os = ts.interp.modules.getStr("os");
        if (os != null) {
            try {
                PyObject env = Ops.getattr(ts, os, "environ");
                PyObject v = Ops.call(ts, Ops.getattr(ts, env, "get"), Py.str("PYTHONBREAKPOINT"));
                return v instanceof PyStr ? ((PyStr) v).value() : null;
            } catch (PyException e) {
                // fall back to the process environment
            }
        }
        return System.getenv("PYTHONBREAKPOINT");
    }

    private static PyObject breakpointHook(ThreadState ts, PyObject[] a, String[] kw) {
        String name = hookName(ts);
        if (name == null || name.isEmpty()) {
            name = "pdb.set_trace";
        } else if (name.equals("0")) {
            return Py.None;
        }
        int dot = name.lastIndexOf('.');
        String mod = dot < 0 ? "builtins" : name.substring(0, dot);
        String fn = name.substring(dot + 1);
        PyObject hook;
        try {
            PyObject importlib = ts.interp.importName(ts, "importlib", Py.None, 0, null);
            PyObject m = Ops.call(ts, Ops.getattr(ts, importlib, "import_module"), Py.str(mod));
            hook = Ops.getattr(ts, m, fn);
        } catch (PyException e) {
            PyObject warnings = ts.interp.importName(ts, "warnings", Py.None, 0, null);
            Ops.call(ts, Ops.getattr(ts, warnings, "warn"),
                    Py.str("Ignoring unimportable $PYTHONBREAKPOINT: \"" + name + "\""), Exc.RuntimeWarning);
            return Py.None;
        }
        return Ops.call(ts, hook, a, kw);
    }
}
