package org.stmj.python.vm;

import org.stmj.python.compiler.Code;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyFunction;
import org.stmj.python.objects.PyGenerator;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyTuple;

/**
 * Argument binding: a new {@link Frame} for a Python function with the call's positional and keyword arguments
 * bound to its parameters by CPython's rules (defaults, keyword-only parameters, {@code *args}/{@code **kwargs},
 * cell variables that are parameters) and with CPython's error messages. The dispatch loop's fast call paths bind
 * simple positional calls themselves and use {@link #bindCells} for the cells.
 */
public final class ArgBinding {
    private ArgBinding() {
    }

    /** Binds arguments to a new frame for fn (CPython's rules and error messages). */
    public static Frame makeFrame(ThreadState ts, PyFunction fn, PyObject[] args, String[] kw) {
        Code c = fn.code;
        Frame fr = new Frame(c, fn.globals, null, ts.interp.builtins, fn.closure);
        PyObject[] fast = fr.fast;
        int argc = c.argcount, kwonly = c.kwonlyargcount;
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        boolean varargs = (c.flags & Code.VARARGS) != 0, varkw = (c.flags & Code.VARKW) != 0;
        if (nkw == 0 && npos == argc && !varargs && !varkw && kwonly == 0) {
            System.arraycopy(args, 0, fast, 0, npos);
        } else {
            int ncopy = Math.min(npos, argc);
            System.arraycopy(args, 0, fast, 0, ncopy);
            if (varargs) {
                fast[argc + kwonly] = npos > argc ? new PyTuple(java.util.Arrays.copyOfRange(args, argc, npos))
                        : Py.EMPTY_TUPLE;
            } else if (npos > argc) {
                int ndef = fn.defaults == null ? 0 : fn.defaults.length;
                String takes = ndef > 0 ? "from " + (argc - ndef) + " to " + argc : String.valueOf(argc);
                int kwGiven = 0; // keyword-only parameters passed, which CPython's message counts too
                for (int i = 0; i < nkw; i++) {
                    for (int j = argc; j < argc + kwonly; j++) {
                        if (c.varnames[j].equals(kw[i])) {
                            kwGiven++;
                        }
                    }
                }
                String also = kwGiven == 0 ? "" : " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwGiven
                        + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ")";
                throw Py.typeError(fn.qualname + "() takes " + takes + " positional argument"
                        + (argc == 1 && ndef == 0 ? "" : "s")
                        + " but " + npos + also + (npos == 1 && kwGiven == 0 ? " was" : " were") + " given");
            }
            PyDict kwdict = null;
            if (varkw) {
                kwdict = new PyDict();
                fast[argc + kwonly + (varargs ? 1 : 0)] = kwdict;
            }
            for (int i = 0; i < nkw; i++) {
                String k = kw[i];
                int idx = -1;
                for (int j = c.posonlyargcount; j < argc + kwonly; j++) {
                    if (c.varnames[j].equals(k)) {
                        idx = j;
                        break;
                    }
                }
                if (idx < 0) {
                    if (kwdict != null) {
                        kwdict.putStr(k, args[npos + i]);
                        continue;
                    }
                    java.util.List<String> po = new java.util.ArrayList<>();
                    for (int j = 0; j < c.posonlyargcount; j++) {
                        for (String kk : kw) {
                            if (c.varnames[j].equals(kk)) {
                                po.add(kk);
                            }
                        }
                    }
                    if (!po.isEmpty()) {
                        throw Py.typeError(fn.qualname
                                + "() got some positional-only arguments passed as keyword arguments: '"
                                + String.join(", ", po) + "'");
                    }
                    throw Py.typeError(fn.qualname + "() got an unexpected keyword argument '" + k + "'");
                }
                if (fast[idx] != null) {
                    throw Py.typeError(fn.qualname + "() got multiple values for argument '" + k + "'");
                }
                fast[idx] = args[npos + i];
            }
            if (npos < argc || nkw > 0) {
                PyObject[] defs = fn.defaults;
                int ndef = defs == null ? 0 : defs.length;
                java.util.List<String> missing = null;
                for (int i = 0; i < argc; i++) {
                    if (fast[i] != null) {
                        continue;
                    }
                    int di = i - (argc - ndef);
                    if (di >= 0) {
                        fast[i] = defs[di];
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(c.varnames[i]);
                    }
                }
                if (missing != null) {
                    throw missingError(fn, missing, "positional");
                }
            }
            if (kwonly > 0) {
                java.util.List<String> missing = null;
                for (int i = argc; i < argc + kwonly; i++) {
                    if (fast[i] != null) {
                        continue;
                    }
                    PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(c.varnames[i]);
                    if (d != null) {
                        fast[i] = d;
                    } else {
                        if (missing == null) {
                            missing = new java.util.ArrayList<>();
                        }
                        missing.add(c.varnames[i]);
                    }
                }
                if (missing != null) {
                    throw missingError(fn, missing, "keyword-only");
                }
            }
        }
        int[] c2a = c.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                fr.cells[i].value = fast[c2a[i]];
            }
        }
        if (c.isGenerator()) {
            fr.gen = null;
        }
        return fr;
    }

    /**
     * The generator of a call of generator function {@code fn} with the one positional argument {@code self} (an
     * {@code __iter__} that is a generator function: {@code yield from obj}), bound without {@link #makeFrame}'s
     * argument array; null when {@code fn} is not a generator function of exactly one plain positional parameter
     * (no {@code *args}, {@code **kwargs} or keyword-only ones), for which the caller binds as usual.
     */
    static PyGenerator generatorOf1(ThreadState ts, PyFunction fn, PyObject self) {
        Code c = fn.code;
        if (c.argcount != 1 || (c.flags & (Code.VARARGS | Code.VARKW | Code.GENERATOR)) != Code.GENERATOR
                || c.kwonlyargcount != 0) {
            return null;
        }
        Frame fr = new Frame(c, fn.globals, null, ts.interp.builtins, fn.closure);
        fr.fast[0] = self;
        if (c.cell2arg.length != 0) {
            bindCells(c, fr);
        }
        return new PyGenerator(fr, fn.name, fn.qualname);
    }

    static void bindCells(Code c, Frame fr) {
        int[] c2a = c.cell2arg;
        for (int i = 0; i < c2a.length; i++) {
            if (c2a[i] >= 0) {
                fr.cells[i].value = fr.fast[c2a[i]];
            }
        }
    }

    /**
     * Moves the spare frames of {@code from} (the frame reuse of {@code Interp}: returned frames of its callees,
     * kept for the next call of the same code) to {@code to} when {@code to} has none; {@code from} keeps none
     * either way, so a spare frame is in at most one list. A frame that is never reused itself (one with cells:
     * a comprehension, a function whose locals a closure reads; a generator's) borrows its caller's spares while it
     * runs (made or resumed) and hands them back when it returns or suspends: its callees then reuse frames as a
     * plain function's do, instead of allocating one per call of the borrowing frame. Frames are confined to their
     * thread, and a suspended generator frame holds no spares, so a generator resumed in another thread takes none
     * with it. Writes only when there is something to move (in STM mode a write claims the frame).
     */
    static void moveSpares(Frame from, Frame to) {
        Frame s = from.spare;
        if (s != null) {
            from.spare = null;
            if (to != null && to.spare == null) {
                to.spare = s;
            }
        }
    }

    private static PyException missingError(PyFunction fn, java.util.List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = missing.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return Py.typeError(fn.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s")
                + ": " + sb);
    }

}
