package org.stmj.python;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.compiler.PySyntaxError;
import org.stmj.python.compiler.SourceDecoder;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyModule;
import org.stmj.python.vm.Frame;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.Interpreter;
import org.stmj.python.vm.ProgramEnd;
import org.stmj.python.vm.ThreadState;

/** The command line: {@code script.py [args]}, {@code -c code [args]}, or a REPL; exit codes as CPython's. */
public final class Main {
    private Main() {
    }

    static final String USAGE = "usage: stmpy [option] ... [-c cmd | -m mod | file | -] [arg] ...";

    /**
     * Whether the interpreter runs as the process (from {@link #main}, not in-process from {@link #run}): then the
     * process's SIGINT goes to its signal module ({@link #handleSigint}).
     */
    private static volatile boolean ownsProcess;

    public static void main(String[] args) {
        ownsProcess = true;
        int rc = run(args, System.in, System.out, System.err, false);
        System.out.flush();
        System.err.flush();
        System.exit(rc);
    }

    /**
     * SIGINT (Ctrl-C) as CPython's: pending for the main thread, whose next bytecode runs the handler
     * ({@code default_int_handler} raises KeyboardInterrupt: uncaught, its traceback and exit status 130); SIG_IGN
     * drops it, SIG_DFL ends the process with status 130 ({@code SignalTimer.deliver}). Without this the JVM's
     * own handler ends the process at once, without the traceback. Not with {@code -Xrs} (the JVM refuses).
     */
    private static void handleSigint(Interpreter interp) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), s -> interp.signals.timer.deliver(2));
        } catch (IllegalArgumentException e) {
            // the signal is reserved or the JVM runs with -Xrs: the JVM's default stays
        }
    }

    /** Runs the interpreter in-process and returns the exit code; never calls System.exit. */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        return run(args, stdin, stdout, stderr, true);
    }

    /**
     * Runs the interpreter; {@code inProcess}: the JVM goes on after it (the shared code's inline caches then let go
     * of the ended interpreter, see {@code Library.releaseCaches}; a process that exits skips that walk).
     */
    private static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr,
            boolean inProcess) {
        int[] rc = {0};
        Throwable[] failure = {null};
        Thread t = new Thread(null, () -> {
            try {
                rc[0] = runHere(args, stdin, stdout, stderr);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "stmpy-main", 1L << 29);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        if (inProcess) {
            org.stmj.python.modules.Library.releaseCaches();
        }
        if (failure[0] != null) {
            stderr.println("SystemError: " + failure[0]);
            return 1;
        }
        return rc[0];
    }

    private static boolean terminal(InputStream stdin) {
        return stdin == System.in && org.stmj.python.vm.PyFile.isTerminal(0);
    }

    private static int runHere(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, System.getenv());
        } catch (CommandLine.Bad e) {
            stderr.println(e.getMessage());
            stderr.println(USAGE);
            stderr.println("Try `stmpy -h' for more information.");
            return 2;
        }
        if (cl.help) {
            stdout.println(USAGE);
            return 0;
        }
        if (cl.version > 0) {
            stdout.println(cl.version > 1 ? "Python 3.11.7 (stmj, Java " + Runtime.version() + ")" : "Python 3.11.7");
            return 0;
        }
        String code = cl.code, script = cl.script, module = cl.module;
        String[] rest = cl.rest;
        Compiler.setOptimizeLevel(cl.optimize);
        String src;
        String file;
        String[] argv;
        String dir;
        boolean repl = false;
        if (module != null) {
            src = null;
            file = "<module>";
            argv = prepend(module, rest);
            dir = Path.of("").toAbsolutePath().toString();
        } else if (code != null) {
            src = code;
            file = "<string>";
            argv = prepend("-c", rest);
            dir = "";
        } else if (script != null && !script.equals("-")) {
            Path p;
            try {
                p = Path.of(script);
            } catch (java.nio.file.InvalidPathException e) {
                stderr.println("stmpy: can't open file '" + script + "': [Errno 2] No such file or directory");
                return 2;
            }
            if (Files.isDirectory(p)) {
                stderr.println("stmpy: can't find '__main__' module in '" + script + "'");
                return 1;
            }
            byte[] data;
            try {
                data = Files.readAllBytes(p);
            } catch (java.io.IOException | RuntimeException e) {
                String why = Files.exists(p) ? "[Errno 13] Permission denied" : "[Errno 2] No such file or directory";
                stderr.println("stmpy: can't open file '" + p.toAbsolutePath() + "': " + why);
                return 2;
            }
            try {
                src = SourceDecoder.decode(data, p.toAbsolutePath().toString(), script);
            } catch (PySyntaxError e) {
                if (e.line > 0) {
                    stderr.print("  File \"" + e.filename + "\", line " + e.line + "\n");
                }
                stderr.print(e.kind + ": " + e.msg + "\n");
                return 1;
            }
            // CPython 3.9+: the script's __file__ (and so its tracebacks) is its absolute path; argv[0] as given
            file = p.toAbsolutePath().normalize().toString();
            argv = prepend(script, rest);
            Path parent = p.toAbsolutePath().getParent();
            dir = parent == null ? "" : parent.toString();
        } else {
            argv = prepend(script == null ? "" : "-", rest);
            dir = "";
            file = "<stdin>";
            if (script == null && (cl.inspect || stdin == System.in && org.stmj.python.vm.PyFile.isTerminal(0))) {
                // a terminal, or -i with piped input: the prompt (CPython's -i reads statements one by one)
                repl = true;
                src = null;
            } else {
                byte[] data;
                try {
                    data = stdin.readAllBytes();
                } catch (java.io.IOException e) {
                    data = new byte[0];
                }
                try {
                    src = SourceDecoder.decode(data, "<stdin>", "<stdin>");
                } catch (PySyntaxError e) {
                    if (e.line > 0) {
                        stderr.print("  File \"" + e.filename + "\", line " + e.line + "\n");
                    }
                    stderr.print(e.kind + ": " + e.msg + "\n");
                    return 1;
                }
            }
        }
        Interpreter interp = new Interpreter(stdin, stdout, stderr, argv, dir);
        try {
            StartupOptions.apply(interp, cl, stdin == System.in, stdout == System.out, stderr == System.err);
        } catch (IllegalArgumentException e) {
            stderr.println("Fatal Python error: " + e.getMessage());
            return 1;
        }
        ThreadState ts = new ThreadState(interp, 1, "MainThread");
        interp.mainThread = ts;
        if (ownsProcess) {
            handleSigint(interp);
        }
        ts.attach();
        interp.gil.acquire();
        try {
            PyDict g = new PyDict();
            g.putStr("__name__", Py.str("__main__"));
            g.putStr("__builtins__", interp.modules.getStr("builtins"));
            g.putStr("__doc__", Py.None);
            g.putStr("__package__", Py.None);
            // None as in CPython for a script, -c and the REPL (multiprocessing.spawn reads it); under -m CPython
            // has a ModuleSpec there, this interpreter None too
            g.putStr("__spec__", Py.None);
            if (!file.startsWith("<")) {
                g.putStr("__file__", Py.str(file));
            }
            interp.modules.putStr("__main__", new PyModule("__main__", g));
            if (repl) {
                return Repl.run(interp, ts, g, !cl.quiet, terminal(stdin));
            }
            if (module != null) {
                // -m: find the module (a package runs its __main__) on sys.path, importing its parent packages
                String[] found;
                String runName = module;
                try {
                    found = interp.findModuleSource(ts, runName);
                    if (found != null && found[2].equals("pkg")) {
                        runName = module + ".__main__";
                        found = interp.findModuleSource(ts, runName);
                    }
                } catch (PyException e) {
                    return report(interp, ts, e.exc);
                }
                if (found == null) {
                    stderr.println("stmpy: No module named " + runName);
                    return 1;
                }
                src = found[1];
                file = found[0];
                g.putStr("__file__", Py.str(file));
                g.putStr("__package__",
                        Py.str(runName.contains(".") ? runName.substring(0, runName.lastIndexOf('.')) : ""));
                org.stmj.python.objects.PyObject av = interp.sys.dict.getStr("argv");
                if (av instanceof org.stmj.python.objects.PyList) {
                    ((org.stmj.python.objects.PyList) av).items[0] = Py.str(file);
                }
            }
            int rc = execute(interp, ts, g, src, file);
            if (cl.inspect) {
                // -i: the REPL after the program, in its globals, even after an uncaught exception
                rc = Repl.run(interp, ts, g, false, terminal(stdin));
            }
            int rc2 = finish(interp, ts);
            if (!ProgramEnd.flushStdFiles(ts)) {
                return 120; // CPython's status when the last flush of sys.stdout or sys.stderr failed
            }
            return rc != 0 ? rc : rc2;
        } finally {
            ProgramEnd.flushStreams(ts);
            if (interp.gil.heldByCurrentThread()) {
                interp.gil.release();
            }
            ThreadState.detach();
            org.stmj.python.vm.ConflictLocator.threadEnded();
            // the JVM-wide maps keyed weakly by interpreter let go of it (their values reach it: see forget)
            org.stmj.python.objects.WeakHandle.forget(interp);
            org.stmj.python.objects.FinalizerTrigger.forget(interp);
        }
    }

    static String[] prepend(String first, String[] rest) {
        String[] r = new String[rest.length + 1];
        r[0] = first;
        System.arraycopy(rest, 0, r, 1, rest.length);
        return r;
    }

    /** Compiles and runs a program; reports errors as CPython does and returns the exit code. */
    static int execute(Interpreter interp, ThreadState ts, PyDict g, String src, String file) {
        Code c;
        interp.registerSource(file, src);
        // the compiler's warnings (invalid escapes, ...) go through the warnings module, as CPython's
        java.util.List<Object[]> warns = new java.util.ArrayList<>();
        try {
            c = Compiler.compile(src, file, false, warns);
        } catch (PySyntaxError e) {
            try {
                interp.issueSyntaxWarnings(ts, warns, file);
            } catch (PyException w) {
                return report(interp, ts, w.exc);
            }
            interp.stderr.write(ts, interp.syntaxErrorText(e));
            return 1;
        } catch (PyException e) {
            return report(interp, ts, e.exc);
        }
        try {
            interp.issueSyntaxWarnings(ts, warns, file);
            Interp.runFrame(ts, new Frame(c, g, null, interp.builtins, null));
            return 0;
        } catch (PyException e) {
            return report(interp, ts, e.exc);
        }
    }

    /** Reports an uncaught exception (from a dispatch loop, see {@link ProgramEnd}); SystemExit gives its code. */
    static int report(Interpreter interp, ThreadState ts, PyBaseException e) {
        return ProgramEnd.report(ts, e);
    }

    /**
     * Waits for non-daemon threads (with the GIL released), as CPython does at exit: first through
     * {@code threading._shutdown()} when the threading module was imported (it joins the threads it started), then
     * the threads started with the interpreter's own form of {@code _thread.start_new_thread}.
     */
    static int finish(Interpreter interp, ThreadState ts) {
        ProgramEnd.shutdown(ts);
        return 0;
    }
}
