package org.stmj.python;

import org.stmj.python.modules.Modules;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.PyFile;

/**
 * What the command line and the environment change in a new interpreter before its program runs, as CPython's
 * start-up does: the console streams' buffering (a terminal's stdout is line-buffered, {@code -u} flushes every
 * write) and isatty(), {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions}, the int/str digit limit,
 * and {@code sys.path} under {@code -E}, {@code -I} and {@code -P}.
 */
final class StartupOptions {
    private StartupOptions() {
    }

    /**
     * Applies {@code cl} to {@code interp}; the three booleans say which of the interpreter's streams are the
     * process's own (only those can be terminals).
     */
    static void apply(Interpreter interp, CommandLine cl, boolean processIn, boolean processOut, boolean processErr) {
        interp.stdin.configureConsole(processIn && PyFile.isTerminal(0), false);
        interp.stdout.configureConsole(processOut && PyFile.isTerminal(1), cl.unbuffered);
        interp.stderr.configureConsole(processErr && PyFile.isTerminal(2), cl.unbuffered);
        PyDict sys = interp.sys.dict;
        boolean dev = false;
        PyDict xo = new PyDict();
        for (String x : cl.xOptions) {
            int eq = x.indexOf('=');
            String k = eq < 0 ? x : x.substring(0, eq);
            xo.putStr(k, eq < 0 ? Py.True : Py.str(x.substring(eq + 1)));
            if (k.equals("dev")) {
                dev = true;
            }
            if (k.equals("int_max_str_digits") && eq >= 0) {
                setDigits(interp, x.substring(eq + 1), "-X int_max_str_digits");
            }
        }
        if (!cl.ignoreEnvironment) {
            String d = System.getenv("PYTHONINTMAXSTRDIGITS");
            if (d != null && !d.isEmpty() && xo.getStr("int_max_str_digits") == null) {
                setDigits(interp, d, "PYTHONINTMAXSTRDIGITS");
            }
            String devEnv = System.getenv("PYTHONDEVMODE");
            dev |= devEnv != null && !devEnv.isEmpty();
        }
        sys.putStr("_xoptions", xo);
        PyList warn = new PyList();
        if (dev) {
            warn.append(Py.str("default"));
        }
        if (cl.bytesWarning > 0) {
            warn.append(Py.str(cl.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning"));
        }
        for (String w : cl.warnOptions) {
            warn.append(Py.str(w));
        }
        sys.putStr("warnoptions", warn);
        // the compiled-code cache (modules/LibraryCodeCache): -B / PYTHONDONTWRITEBYTECODE, -X pycache_prefix=DIR /
        // PYTHONPYCACHEPREFIX; an embedded interpreter keeps Modules' defaults (no writing)
        sys.putStr("dont_write_bytecode", Py.bool(cl.dontWriteBytecode));
        String prefix = null;
        PyObject px = xo.getStr("pycache_prefix");
        if (px instanceof PyStr) {
            prefix = ((PyStr) px).value();
        } else if (!cl.ignoreEnvironment) {
            prefix = System.getenv("PYTHONPYCACHEPREFIX");
        }
        if (prefix != null && !prefix.isEmpty()) {
            sys.putStr("pycache_prefix", Py.str(java.nio.file.Path.of(prefix).toAbsolutePath().toString()));
        }
        PyObject flags = sys.getStr("flags");
        if (flags instanceof PyTuple) {
            PyTuple ft = (PyTuple) flags;
            java.util.function.BiConsumer<String, PyObject> f = (n, v) -> Modules.setRecordField(ft, n, v);
            f.accept("optimize", Py.newInt(cl.optimize));
            f.accept("verbose", Py.newInt(cl.verbose));
            f.accept("quiet", Py.newInt(cl.quiet ? 1 : 0));
            f.accept("inspect", Py.newInt(cl.inspect ? 1 : 0));
            f.accept("interactive", Py.newInt(cl.inspect ? 1 : 0));
            f.accept("ignore_environment", Py.newInt(cl.ignoreEnvironment ? 1 : 0));
            f.accept("isolated", Py.newInt(cl.isolated ? 1 : 0));
            f.accept("no_user_site", Py.newInt(cl.noUserSite ? 1 : 0));
            f.accept("no_site", Py.newInt(cl.noSite ? 1 : 0));
            f.accept("bytes_warning", Py.newInt(cl.bytesWarning));
            f.accept("dev_mode", Py.bool(dev));
            f.accept("safe_path", Py.bool(cl.safePath));
            f.accept("int_max_str_digits", Py.newInt(interp.intMaxStrDigits));
            f.accept("dont_write_bytecode", Py.newInt(cl.dontWriteBytecode ? 1 : 0));
        }
        PyObject path = sys.getStr("path");
        if (path instanceof PyList) {
            PyList p = (PyList) path;
            String pp = System.getenv("PYTHONPATH");
            if (cl.ignoreEnvironment && pp != null) {
                // the PYTHONPATH entries follow the script's directory (Modules.initialPath)
                for (String e : pp.split(":")) {
                    if (!e.isEmpty() && p.size > 1 && p.items[1] instanceof PyStr
                            && ((PyStr) p.items[1]).value().equals(e)) {
                        p.pop(1);
                    }
                }
            }
            if (cl.safePath && p.size > 0) {
                p.pop(0);
            }
        }
    }

    private static void setDigits(Interpreter interp, String v, String what) {
        int n;
        try {
            n = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n != 0 && (n < org.stmj.python.objects.PyInt.STR_DIGITS_CHECK_THRESHOLD)) {
            throw new IllegalArgumentException(what + ": invalid limit; must be >= "
                    + org.stmj.python.objects.PyInt.STR_DIGITS_CHECK_THRESHOLD + " or 0 for unlimited.");
        }
        interp.intMaxStrDigits = n;
    }
}
