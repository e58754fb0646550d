package org.stmj.python.vm;

import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyObject;

/**
 * The end of a program, as the launcher runs it after the main module returned or raised: the report of an
 * uncaught exception, {@code threading._shutdown()}, the final flush of the standard streams. Other threads
 * (daemons, or threads the program did not join) may still run Python code meanwhile, so each step that touches
 * Python objects runs from a dispatch loop through {@link OutsideLoop}.
 */
public final class ProgramEnd {
    private ProgramEnd() {
    }

    /** Reports an uncaught exception as CPython does and returns the exit code; SystemExit gives its code. */
    public static int report(ThreadState ts, PyBaseException e) {
        // tracing ends with the program (also when it ends by an exception a trace function let through)
        ts.tracer = null;
        PyObject code = OutsideLoop.call(ts, (t, a, kw) -> Py.newInt(reportNow(t, e)));
        return (int) ((PyInt) code).v;
    }

    private static int reportNow(ThreadState ts, PyBaseException e) {
        Interpreter interp = ts.interp;
        interp.flushStdout(ts);
        if (e.isInstance(Exc.SystemExit)) {
            PyObject[] a = e.args.items;
            if (a.length == 0 || a[0] == Py.None) {
                return 0;
            }
            if (a.length == 1 && a[0] instanceof PyInt) {
                return (int) ((PyInt) a[0]).v;
            }
            interp.stderr.write(ts, (a.length == 1 ? Ops.str(ts, a[0]) : Ops.str(ts, e.args)) + "\n");
            return 1;
        }
        int status = e.isInstance(Exc.KeyboardInterrupt) ? 130 : 1;
        PyObject hook = interp.sys.dict.getStr("excepthook");
        if (hook != null && hook != interp.sys.dict.getStr("__excepthook__")) {
            // CPython's _PyErr_PrintEx: a replaced sys.excepthook gets the exception; when it fails, its own error
            // and then the original are printed; None means no hook
            if (hook == Py.None) {
                interp.stderr.write(ts, "sys.excepthook is missing\n" + interp.formatException(ts, e));
                return status;
            }
            try {
                Ops.call(ts, hook, e.type(), e, e.traceback == null ? Py.None : e.traceback);
            } catch (PyException x) {
                if (x.exc.isInstance(Exc.SystemExit)) {
                    return reportNow(ts, x.exc);
                }
                interp.flushStdout(ts);
                interp.stderr.write(ts, "Error in sys.excepthook:\n" + interp.formatException(ts, x.exc)
                        + "\nOriginal exception was:\n" + interp.formatException(ts, e));
            }
            return status;
        }
        interp.stderr.write(ts, interp.formatException(ts, e));
        return status;
    }

    /**
     * Waits for non-daemon threads (with the GIL released), as CPython does at exit: first through
     * {@code threading._shutdown()} when the threading module was imported (it joins the threads it started), then
     * runs the {@code atexit} handlers, then joins the threads started with the interpreter's own form of
     * {@code _thread.start_new_thread}. Daemon threads
     * still running stop at their next GIL-released call (CPython freezes them at exit).
     */
    public static void shutdown(ThreadState ts) {
        Interpreter interp = ts.interp;
        // Each step is looked up from a loop, then called as the trampoline's own call: threading._shutdown()
        // joins threads and exit handlers may wait for a thread's write, which a nested loop would hide (see run).
        PyObject sd = OutsideLoop.call(ts, (t, a, kw) -> moduleFunction(t, "threading", "_shutdown"));
        if (sd != Py.None) {
            try {
                OutsideLoop.run(ts, sd);
            } catch (PyException x) {
                OutsideLoop.call(ts, (t, a, kw) -> {
                    interp.flushStdout(t);
                    interp.stderr.write(t, "Exception ignored on threading shutdown:\n"
                            + interp.formatException(t, x.exc));
                    return Py.None;
                });
            }
        }
        // then the exit handlers, last registered first, as CPython runs them after threading._shutdown()
        PyObject run = OutsideLoop.call(ts, (t, a, kw) -> moduleFunction(t, "atexit", "_run_exitfuncs"));
        if (run != Py.None) {
            OutsideLoop.run(ts, run);
        }
        // then __del__ of what is left, as CPython's finalization of the modules (std14)
        OutsideLoop.call(ts, (t, a, kw) -> {
            org.stmj.python.objects.Finalizers.runAtExit(t);
            return Py.None;
        });
        Thread th;
        while ((th = interp.liveThreads.poll()) != null) {
            Thread joined = th;
            interp.gil.blocking(ts, () -> {
                joined.join();
                return null;
            });
        }
        // an interval timer still running dies with the program (its thread ends; an in-process run goes on)
        interp.signals.timer.set(0, 0);
        interp.finalizing = true;
        // daemons still running bytecode stop at their next boundary (Gil.yieldGil), not only at a blocking call
        interp.gil.programEnded();
        // and, under STM, at their next split (Signals#atSplit)
        org.stmj.python.modules.Signals.programEnded(interp);
        // a program that ends while tracing (a thread left with a trace function) does not keep code patched
        Tracing.end(interp);
    }

    /** {@code module.name} when the module was imported and has it, else None. */
    private static PyObject moduleFunction(ThreadState ts, String module, String name) {
        PyObject m = ts.interp.modules.getStr(module);
        PyObject f = m == null ? null : Ops.getattrOrNull(ts, m, name);
        return f == null ? Py.None : f;
    }

    /**
     * CPython's last flush of {@code sys.stdout} and {@code sys.stderr} (flush_std_files): a stream that is
     * None or closed is skipped; one whose {@code flush()} raises (a detached {@code sys.stdout}) is reported as an
     * unraisable exception in that stream ("Exception ignored in: ...") and makes the exit status 120.
     *
     * @return false when a flush failed (the caller exits with status 120)
     */
    public static boolean flushStdFiles(ThreadState ts) {
        PyObject ok = OutsideLoop.call(ts, (t, a, kw) -> {
            boolean good = true;
            for (String name : new String[] {"stdout", "stderr"}) {
                PyObject f = t.interp.sys.dict.getStr(name);
                if (f == null || f == Py.None || isClosed(t, f)) {
                    continue;
                }
                try {
                    Ops.callMethod(t, f, "flush");
                } catch (PyException x) {
                    good = false;
                    if ("stdout".equals(name)) {
                        try {
                            // CPython flushes outside any frame: no traceback
                            x.exc.traceback = null;
                            t.interp.printUnraisable(t, x.exc, Py.None, f);
                        } catch (RuntimeException ignored) {
                            // stderr is gone too: nothing more can be reported
                        }
                    }
                }
            }
            return Py.bool(good);
        });
        return ok == Py.True;
    }

    /** {@code f.closed}, false when it cannot be read (a detached text stream), as CPython's file_is_closed. */
    private static boolean isClosed(ThreadState ts, PyObject f) {
        try {
            PyObject c = Ops.getattrOrNull(ts, f, "closed");
            return c != null && Ops.truth(ts, c);
        } catch (PyException x) {
            return false;
        }
    }

    /** Flushes stdout and stderr; a stream that is gone is ignored (nothing more can be reported). */
    public static void flushStreams(ThreadState ts) {
        try {
            OutsideLoop.call(ts, (t, a, kw) -> {
                t.interp.stdout.flush(t);
                t.interp.stderr.flush(t);
                return Py.None;
            });
        } catch (RuntimeException | ThreadExit e) {
            // the streams are gone; nothing more to report
        }
    }
}
