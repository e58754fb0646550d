package org.stmj.python.modules;

import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.Exc;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ThreadState;

/** The registry of built-in modules written in Java, and of library modules written in Python (resources). */
public final class Modules {
    private Modules() {
    }

    static void fn(PyDict d, String name, PyBuiltin.Native f) {
        d.putStr(name, new PyBuiltin(name, f));
    }

    public static PyModule makeSys(Interpreter in) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("sys", d);
        PyObject[] av = new PyObject[in.argv.length];
        for (int i = 0; i < av.length; i++) av[i] = Py.str(in.argv[i]);
        d.putStr("argv", new PyList(av));
        d.putStr("stdout", in.stdout);
        d.putStr("stderr", in.stderr);
        d.putStr("stdin", in.stdin);
        d.putStr("__stdout__", in.stdout);
        d.putStr("__stderr__", in.stderr);
        d.putStr("__stdin__", in.stdin);
        d.putStr("modules", in.modules);
        d.putStr("path", initialPath(in.scriptDir));
        d.putStr("maxsize", Py.newInt(Long.MAX_VALUE));
        d.putStr("byteorder", Py.str("little"));
        d.putStr("platform", Py.str("linux"));
        d.putStr("version", Py.str("3.11.7 (stmj, Java " + System.getProperty("java.version") + ")"));
        d.putStr("version_info", new PyTuple(Py.newInt(3), Py.newInt(11), Py.newInt(7), Py.str("final"), Py.newInt(0)));
        d.putStr("implementation", Py.str("stmj"));
        d.putStr("executable", Py.str("stmpy"));
        d.putStr("maxunicode", Py.newInt(0x10ffff));
        d.putStr("float_info", new PyTuple(Py.newFloat(Double.MAX_VALUE), Py.newInt(1024), Py.newInt(308),
                Py.newFloat(Double.MIN_NORMAL), Py.newInt(-1021), Py.newInt(-307), Py.newInt(15), Py.newInt(53),
                Py.newFloat(Math.ulp(1.0)), Py.newInt(2), Py.newInt(1)));
        fn(d, "exit", (ts, a, kw) -> {
            throw new PyException(new PyBaseException(Exc.SystemExit, a.length > 0 ? a : Py.EMPTY));
        });
        fn(d, "getrecursionlimit", (ts, a, kw) -> Py.newInt(ts.interp.recursionLimit));
        fn(d, "setrecursionlimit", (ts, a, kw) -> {
            long n = Ops.toInt(ts, a[0]).v;
            if (n < 1) throw Py.valueError("recursion limit must be greater or equal than 1");
            ts.interp.recursionLimit = (int) Math.min(n, 1_000_000);
            return Py.None;
        });
        fn(d, "getswitchinterval", (ts, a, kw) -> Py.newFloat(ts.interp.gil.getSwitchInterval()));
        fn(d, "setswitchinterval", (ts, a, kw) -> {
            double v = Ops.toDouble(ts, a[0]);
            if (v <= 0) throw Py.valueError("switch interval must be strictly positive");
            ts.interp.gil.setSwitchInterval(v);
            return Py.None;
        });
        fn(d, "exc_info", (ts, a, kw) -> {
            PyBaseException e = ts.excInfo;
            if (e == null) return new PyTuple(Py.None, Py.None, Py.None);
            return new PyTuple(e.type(), e, e.traceback == null ? Py.None : e.traceback);
        });
        fn(d, "exception", (ts, a, kw) -> ts.excInfo == null ? Py.None : ts.excInfo);
        fn(d, "getsizeof", (ts, a, kw) -> Py.newInt(64));
        fn(d, "intern", (ts, a, kw) -> a[0]);
        fn(d, "getdefaultencoding", (ts, a, kw) -> Py.str("utf-8"));
        fn(d, "_getframe", (ts, a, kw) -> Py.None);
        return m;
    }

    /** A built-in (Java) module by name, or null. */
    public static PyModule builtinModule(Interpreter in, ThreadState ts, String name) {
        switch (name) {
            case "time": return TimeModule.make();
            case "math": return MathModule.make();
            case "_random": return RandomModule.make();
            case "_thread": return ThreadModule.make(in);
            case "_transaction": return TransactionModule.make(in);
            case "os": return OsModule.make(in);
            case "os.path": return OsModule.makePath();
            case "_sre": return SreModule.make();
            case "gc": {
                PyModule m = new PyModule("gc", new PyDict());
                fn(m.dict, "collect", (t, a, kw) -> Py.newInt(0));
                fn(m.dict, "enable", (t, a, kw) -> Py.None);
                fn(m.dict, "disable", (t, a, kw) -> Py.None);
                return m;
            }
            default: return null;
        }
    }

    /**
     * The initial sys.path: the script's directory ('' for -c and the REPL), the PYTHONPATH entries, then the
     * interpreter's own library and CPython's standard library (the virtual roots of {@link Library}).
     */
    static PyList initialPath(String scriptDir) {
        PyList l = new PyList();
        l.append(Py.str(scriptDir));
        String pp = System.getenv("PYTHONPATH");
        if (pp != null) for (String e : pp.split(":")) if (!e.isEmpty()) l.append(Py.str(e));
        l.append(Py.str(Library.OWN));
        l.append(Py.str(Library.STDLIB));
        return l;
    }

    /** Calls a Python callable from Java (module helpers). */
    static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return Ops.call(ts, f, args, null);
    }

    static Interp unused() {
        return null;
    }
}
