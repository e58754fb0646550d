package org.stmj.python.vm;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.stmj.python.compiler.Code;
import org.stmj.python.compiler.Compiler;
import org.stmj.python.compiler.PySyntaxError;
import org.stmj.python.modules.Library;
import org.stmj.python.modules.Modules;
import org.stmj.python.objects.Args;
import org.stmj.python.objects.Builtins;
import org.stmj.python.objects.ClassCreation;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Ops;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBaseException;
import org.stmj.python.objects.PyBuiltin;
import org.stmj.python.objects.PyDict;
import org.stmj.python.objects.PyException;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyList;
import org.stmj.python.objects.PyModule;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.objects.PyType;

/**
 * One interpreter instance: its builtins, modules, console streams, GIL and threads. Nothing here is static, so
 * many instances can run one after another (or side by side) in one JVM.
 */
public final class Interpreter {
    public final Gil gil = new Gil();
    public final PyDict builtins;
    /** The built-in {@code __import__}, which an import statement skips for the import machinery itself. */
    private final PyObject importBuiltin;
    /**
     * The built-ins {@code sum}, {@code any} and {@code all} as made: the loop runs a call of one of these objects
     * with a generator as its one argument without a nested loop ({@code Interp.reduceGenerator}).
     */
    final PyObject sumBuiltin, anyBuiltin, allBuiltin, absBuiltin;
    /** sys.modules. */
    public final PyDict modules = new PyDict();
    public volatile int recursionLimit = 1000;
    /**
     * Set when the main program has ended and its non-daemon threads have been joined: a daemon thread that
     * comes back from a GIL-released call then ends ({@link ThreadExit}) instead of running more Python code.
     */
    public volatile boolean finalizing;
    /** sys.get_int_max_str_digits(): the most decimal digits int/str conversions accept (0: no limit). */
    public volatile int intMaxStrDigits = org.stmj.python.objects.PyInt.DEFAULT_MAX_STR_DIGITS;
    public final PyBuiltin buildClass = new PyBuiltin("__build_class__", Interpreter::buildClass);
    public final PyFile stdout, stderr, stdin;
    public final String[] argv;
    public final String scriptDir;
    /** Source lines by file name, for tracebacks (interpreter metadata, not Python-visible). */
    private final ConcurrentHashMap<String, String[]> sources = new ConcurrentHashMap<>();
    public final AtomicInteger threadCounter = new AtomicInteger();
    /** Non-daemon threads still running, joined at exit. */
    public final java.util.concurrent.ConcurrentLinkedQueue<Thread> liveThreads =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    public final AtomicInteger activeThreads = new AtomicInteger(1);
    /**
     * The Java threads of the Python threads this interpreter spawned that are running ({@code ThreadModule.runThread}
     * adds and removes its own, outside transactions): those still running when the program ends are the daemons
     * that STM mode stops at their next split ({@code Signals.programEnded}).
     */
    public final java.util.Set<Thread> spawnedThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The deferred-generator lists of this interpreter's threads (a thread state adds its own when made, a thread
     * removes it at its end), flushed all by {@code gc.collect()} in any thread ({@code Finalizers#flushAllGuarded}).
     */
    public final java.util.Set<org.stmj.python.objects.GuardedGenerators> guardedLists =
            java.util.concurrent.ConcurrentHashMap.newKeySet();
    public ThreadState mainThread;
    /** Signals left for the main thread by other threads ({@code _thread.interrupt_main}). */
    public final org.stmj.python.modules.Signals signals = new org.stmj.python.modules.Signals(gil);
    public PyModule sys;

    public Interpreter(InputStream in, PrintStream out, PrintStream err, String[] argv, String scriptDir) {
        this.stdout = new PyFile("<stdout>", "w", null, out, true, false);
        this.stderr = new PyFile("<stderr>", "w", null, err, true, true);
        this.stdin = new PyFile("<stdin>", "r", in, null, true, false);
        this.argv = argv;
        this.scriptDir = scriptDir;
        this.builtins = Builtins.newBuiltinsDict();
        this.sumBuiltin = builtins.getStr("sum");
        this.anyBuiltin = builtins.getStr("any");
        this.allBuiltin = builtins.getStr("all");
        this.absBuiltin = builtins.getStr("abs");
        installBuiltins();
        importBuiltin = builtins.getStr("__import__");
        Modules.nameFunctions(builtins, "builtins");
        PyModule bm = new PyModule("builtins", builtins);
        modules.putStr("builtins", bm);
        sys = Modules.makeSys(this);
        Modules.nameFunctions(sys.dict, "sys");
        modules.putStr("sys", sys);
    }

    public void registerSource(String file, String src) {
        sources.put(file, src.split("\n", -1));
    }

    public String sourceLine(String file, int line) {
        String[] ls = sources.get(file);
        if (ls == null) {
            String virt = Library.sourceOf(file);
            if (virt != null) {
                ls = virt.split("\n", -1);
                sources.put(file, ls);
            }
        }
        if (ls == null) {
            try {
                ls = Files.readString(Path.of(file), StandardCharsets.UTF_8).split("\n", -1);
                sources.put(file, ls);
            } catch (Exception e) {
                return null;
            }
        }
        if (line < 1 || line > ls.length) {
            return null;
        }
        return ls[line - 1];
    }

    public void writeStdout(ThreadState ts, String s) {
        PyObject out = sys.dict.getStr("stdout");
        if (out == stdout || out == null) {
            stdout.write(ts, s);
        } else {
            Ops.callMethod(ts, out, "write", Py.str(s));
        }
    }

    public void flushStdout(ThreadState ts) {
        stdout.flush(ts);
    }

    private void fn(String name, PyBuiltin.Native f) {
        builtins.putStr(name, new PyBuiltin(name, f));
    }

    private void installBuiltins() {
        builtins.putStr("__build_class__", buildClass);
        fn("print", (ts, a, kw) -> {
            int np = Args.positional(a, kw);
            String sep = " ", end = "\n";
            PyObject file = null;
            boolean flush = false;
            if (kw != null) {
                for (int i = 0; i < kw.length; i++) {
                    PyObject v = a[np + i];
                    switch (kw[i]) {
                        case "sep":
                            if (v != Py.None && !(v instanceof PyStr)) {
                                throw Py.typeError("sep must be None or a string, not " + v.type().name);
                            }
                            if (v != Py.None) {
                                sep = ((PyStr) v).value();
                            }
                            break;
                        case "end":
                            if (v != Py.None && !(v instanceof PyStr)) {
                                throw Py.typeError("end must be None or a string, not " + v.type().name);
                            }
                            if (v != Py.None) {
                                end = ((PyStr) v).value();
                            }
                            break;
                        case "file": file = v == Py.None ? null : v; break;
                        case "flush": flush = Ops.truth(ts, v); break;
                        default: throw Py.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
                    }
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < np; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Ops.str(ts, a[i]));
            }
            sb.append(end);
            if (file == null) {
                file = sys.dict.getStr("stdout");
            }
            if (file instanceof PyFile) {
                PyFile pf = (PyFile) file;
                if (pf == stderr) {
                    stdout.flush(ts);
                }
                pf.write(ts, sb.toString());
                if (flush) {
                    pf.flush(ts);
                }
            } else {
                Ops.callMethod(ts, file, "write", Py.str(sb.toString()));
                if (flush && Ops.hasAttr(ts, file, "flush")) {
                    Ops.callMethod(ts, file, "flush");
                }
            }
            return Py.None;
        });
        fn("input", (ts, a, kw) -> {
            Args.check("input", a, kw, 0, 1);
            if (a.length > 0) {
                stdout.write(ts, Ops.str(ts, a[0]));
            }
            stdout.flush(ts);
            PyObject in = sys.dict.getStr("stdin");
            String line = in instanceof PyFile ? ((PyFile) in).readline(ts)
                    : Ops.str(ts, Ops.callMethod(ts, in, "readline"));
            if (line.isEmpty()) {
                throw Py.raise(Exc.EOFError, "EOF when reading a line");
            }
            if (line.endsWith("\n")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            return Py.str(line);
        });
        fn("open", this::openBuiltin);
        PyBuiltin.Native exit = (ts, a, kw) -> {
            throw new PyException(new PyBaseException(Exc.SystemExit, a.length > 0 ? a : Py.EMPTY));
        };
        fn("exit", exit);
        fn("quit", exit);
        // CPython's site module installs help as _sitebuiltins._Helper, which calls pydoc.help; pydoc is imported at
        // the first call, not at start-up
        fn("help", (ts, a, kw) -> Ops.call(ts,
                Ops.getattr(ts, importName(ts, "pydoc", Py.None, 0, ts.frame.globals), "help"), a, kw));
        fn("__import__", (ts, a, kw) -> {
            PyObject[] p = Args.parse("__import__", a, kw,
                    new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
            if (!(p[0] instanceof PyStr)) {
                throw Py.typeError("module name must be a string"); // PyImport_ImportModuleLevelObject's check
            }
            return importName(ts, Ops.str(ts, p[0]), p[3] == null ? Py.None : p[3], p[4] == null ? 0
                    : (int) Ops.toInt(ts, p[4]).v,
                    p[1] instanceof PyDict ? (PyDict) p[1] : ts.frame.globals);
        });
        fn("exec", (ts, a, kw) -> {
            execArity(a, kw);
            Args.check("exec", a, kw, 1, 3);
            PyObject src = a[0];
            Code c = src instanceof Code ? (Code) src : compileExecString(ts, sourceArg(src, "exec"));
            PyDict g = execGlobals(ts, a, true);
            PyObject lo = execLocals(ts, a, true);
            insertBuiltins(ts, g);
            if (lo != null && !(lo instanceof PyDict)) {
                runWithMapping(ts, c, g, lo, true);
                return Py.None;
            }
            PyDict l = lo != null ? (PyDict) lo : (a.length > 1 && a[1] != Py.None ? g : Interp.locals(ts));
            if (l != g && (c.flags & Code.NEWLOCALS) == 0 && a.length > 2) {
                execWithLocals(ts, c, g, l);
                return Py.None;
            }
            Frame fr = new Frame(c, g, l == g ? null : l, frameBuiltins(g), null);
            Interp.runFrame(ts, fr);
            return Py.None;
        });
        fn("eval", (ts, a, kw) -> {
            Args.check("eval", a, kw, 1, 3);
            PyObject src = a[0];
            Code c;
            if (src instanceof Code) {
                c = (Code) src;
            } else {
                java.util.List<Object[]> warns = new java.util.ArrayList<>();
                try {
                    c = Compiler.compileEval(sourceArg(src, "eval"), "<string>", warns);
                } catch (PySyntaxError e) {
                    // what the tokenizer warned about before the error is still issued (once), as in CPython
                    issueSyntaxWarnings(ts, warns, "<string>");
                    throw syntaxException(e);
                }
                issueSyntaxWarnings(ts, warns, "<string>");
            }
            PyDict g = execGlobals(ts, a, false);
            PyObject lo = execLocals(ts, a, false);
            insertBuiltins(ts, g);
            if (lo != null && !(lo instanceof PyDict)) {
                return runWithMapping(ts, c, g, lo, false);
            }
            PyDict l = lo != null ? (PyDict) lo : (a.length > 1 && a[1] != Py.None ? g : Interp.locals(ts));
            Frame fr = new Frame(c, g, l == g ? null : l, frameBuiltins(g), null);
            return Interp.runFrame(ts, fr);
        });
        fn("compile", (ts, a, kw) -> builtinCompile(ts, a, kw));
        PyObject atomic = org.stmj.python.modules.TransactionModule.atomicObject(this);
        builtins.putStr("atomic", atomic);
    }

    /**
     * The source text of exec()/eval()'s first argument: a str, or a bytes-like object read as UTF-8 (CPython's
     * source_as_string); anything else is CPython's TypeError.
     */
    private static String sourceArg(PyObject src, String fn) {
        if (src instanceof org.stmj.python.objects.PyStr) {
            return ((org.stmj.python.objects.PyStr) src).value();
        }
        if (src instanceof org.stmj.python.objects.PyBytes) {
            byte[] b = ((org.stmj.python.objects.PyBytes) src).bytes();
            return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        }
        throw Py.typeError(fn + "() arg 1 must be a string, bytes or code object");
    }

    private static final int PYCF_ONLY_AST = 0x400;
    /** CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK: the flags compile() accepts. */
    private static final int PYCF_ACCEPTED = 0x1fe0000 | 0x10 | 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;
    private static final int CO_FUTURE_ANNOTATIONS = 0x1000000;

    /**
     * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1), with
     * CPython 3.11's argument checks: source is str, bytes (decoded as a source file is: BOM, coding cookie) or an
     * AST object; PyCF_ONLY_AST returns the tree ({@code compiler/AstToPython}); an AST is compiled through
     * {@code compiler/AstFromPython}; optimize 1 drops asserts and makes {@code __debug__} False, 2 also docstrings.
     */
    private PyObject builtinCompile(ThreadState ts, PyObject[] a, String[] kw) {
        String[] names = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
        if (kw != null) {
            for (String k : kw) {
                if (!java.util.Arrays.asList(names).contains(k)) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for compile()");
                }
            }
        }
        PyObject[] p = Args.parse("compile", a, kw, names, 3);
        if (Args.positional(a, kw) > 6) {
            throw Py.typeError("compile() takes at most 6 positional arguments (" + Args.positional(a, kw)
                    + " given)");
        }
        int flags = p[3] == null ? 0 : (int) Ops.toInt(ts, p[3]).v;
        int optimize = p[5] == null ? -1 : (int) Ops.toInt(ts, p[5]).v;
        if (p[4] != null) {
            Ops.truth(ts, p[4]);
        }
        if (p[6] != null) {
            Ops.toInt(ts, p[6]);
        }
        String file = Modules.fsPath(ts, p[1]);
        if (!(p[2] instanceof PyStr)) {
            throw Py.typeError("compile() argument 'mode' must be str, not " + p[2].type().name);
        }
        if ((flags & ~PYCF_ACCEPTED) != 0) {
            throw Py.raise(Exc.ValueError, "compile(): unrecognised flags");
        }
        if (optimize < -1 || optimize > 2) {
            throw Py.raise(Exc.ValueError, "compile(): invalid optimize value");
        }
        String mode = ((PyStr) p[2]).value();
        if (mode.equals("func_type")) {
            if ((flags & PYCF_ONLY_AST) == 0) {
                throw Py.raise(Exc.ValueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
            }
        } else if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Py.raise(Exc.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
        }
        int opt = optimize == -1 ? Compiler.optimizeLevel() : optimize;
        PyObject astModule = importName(ts, "_ast", Py.None, 0, null);
        PyObject src = p[0];
        java.util.List<Object[]> warns = new java.util.ArrayList<>();
        try {
            if (Ops.isinstance(ts, src, Ops.getattr(ts, astModule, "AST"))) {
                if ((flags & PYCF_ONLY_AST) != 0) {
                    return src;
                }
                return org.stmj.python.compiler.AstFromPython.compile(ts, astModule, src, file, mode, opt,
                        (flags & CO_FUTURE_ANNOTATIONS) != 0);
            }
            String text = sourceText(ts, src, file);
            if (text.indexOf('\r') >= 0) {
                // the tokenizer's universal newlines
                text = text.replace("\r\n", "\n").replace('\r', '\n');
            }
            if (text.indexOf('\0') >= 0) {
                throw Py.raise(Exc.SyntaxError, "source code string cannot contain null bytes");
            }
            java.util.List<Object[]> outer = org.stmj.python.compiler.Compiler.warningsSink(warns);
            try {
                if ((flags & PYCF_ONLY_AST) != 0) {
                    PyObject tree = org.stmj.python.compiler.AstToPython.parse(ts, astModule, text, file, mode);
                    issueSyntaxWarnings(ts, warns, file);
                    return tree;
                }
                Code c;
                if (opt == 0 && (flags & CO_FUTURE_ANNOTATIONS) == 0) {
                    c = mode.equals("eval") ? Compiler.compileEval(text, file, warns)
                            : Compiler.compile(text, file, mode.equals("single"), warns);
                } else {
                    c = org.stmj.python.compiler.AstFromPython.compileSource(text, file, mode, opt,
                            (flags & CO_FUTURE_ANNOTATIONS) != 0, warns);
                }
                issueSyntaxWarnings(ts, warns, file);
                return c;
            } catch (PySyntaxError e) {
                // the tokenizer's warnings before the error are issued first, as CPython's
                issueSyntaxWarnings(ts, warns, file);
                throw e;
            } finally {
                org.stmj.python.compiler.Compiler.warningsSink(outer);
            }
        } catch (PySyntaxError e) {
            throw syntaxException(e);
        }
    }

    /** compile()'s source as text: a str, or bytes-like decoded as a source file (BOM, PEP 263 cookie). */
    private static String sourceText(ThreadState ts, PyObject src, String file) {
        if (src instanceof PyStr) {
            return ((PyStr) src).value();
        }
        if (src instanceof org.stmj.python.objects.PyBytes) {
            return org.stmj.python.compiler.SourceDecoder.decode(((org.stmj.python.objects.PyBytes) src).bytes(),
                    file, file);
        }
        if (src instanceof org.stmj.python.objects.PyMemoryView) {
            PyObject b = Ops.call(ts, Builtins.BYTES, src);
            return sourceText(ts, b, file);
        }
        throw Py.typeError("compile() arg 1 must be a string, bytes or AST object");
    }

    /** exec()'s argument clinic refusals (its globals and locals are positional-only; closure is its one keyword). */
    private static void execArity(PyObject[] a, String[] kw) {
        if (kw != null) {
            for (String k : kw) {
                if (!k.equals("closure")) {
                    throw Py.typeError("'" + k + "' is an invalid keyword argument for exec()");
                }
            }
        }
        int n = Args.positional(a, kw);
        if (n < 1) {
            throw Py.typeError("exec() takes at least 1 positional argument (0 given)");
        }
        if (n > 3) {
            throw Py.typeError("exec() takes at most 3 positional arguments (" + n + " given)");
        }
    }

    /** exec()/eval()'s globals argument: a dict (or None: the caller's), with CPython 3.11's TypeErrors. */
    /**
     * exec()/eval() with globals that have no {@code __builtins__}: the calling frame's builtins (a dict) are put
     * there, as CPython does, so the code and the functions it defines see them.
     */
    private void insertBuiltins(ThreadState ts, PyDict g) {
        if (g.getStr("__builtins__") == null) {
            g.putStr("__builtins__", ts.frame != null ? ts.frame.builtins : builtins);
        }
    }

    /**
     * The builtins of a frame exec()/eval() runs in these globals: CPython's _PyEval_BuiltinsFromGlobals, the
     * {@code __builtins__} entry (a module's dict, or a dict itself), so {@code eval(s, {"__builtins__": {}})}
     * sees no built-in names; the interpreter's own when the entry is something else.
     */
    private PyDict frameBuiltins(PyDict g) {
        PyObject b = g.getStr("__builtins__");
        if (b instanceof PyModule) {
            return ((PyModule) b).dict;
        }
        return b instanceof PyDict ? (PyDict) b : builtins;
    }

    private static PyDict execGlobals(ThreadState ts, PyObject[] a, boolean exec) {
        if (a.length < 2 || a[1] == Py.None) {
            return ts.frame.globals;
        }
        if (a[1] instanceof PyDict) {
            return (PyDict) a[1];
        }
        if (exec) {
            throw Py.typeError("exec() globals must be a dict, not " + a[1].type().name);
        }
        throw Py.typeError(isMapping(a[1]) ? "globals must be a real dict; try eval(expr, {}, mapping)"
                : "globals must be a dict");
    }

    /** exec()/eval()'s locals argument: null when absent or None, else any mapping (an object with __getitem__). */
    private static PyObject execLocals(ThreadState ts, PyObject[] a, boolean exec) {
        if (a.length < 3 || a[2] == Py.None) {
            return null;
        }
        if (a[2] instanceof PyDict || isMapping(a[2])) {
            return a[2];
        }
        throw Py.typeError(exec ? "locals must be a mapping or None, not " + a[2].type().name
                : "locals must be a mapping");
    }

    private static boolean isMapping(PyObject o) {
        return o.type().lookup("__getitem__") != null;
    }

    /**
     * exec()/eval() with a locals mapping that is not a dict. The code reads and binds its names in a dict (the
     * compiler's module-level code uses the global opcodes, see execWithLocals): before the run, every name the code
     * and its nested code objects mention (and __annotations__) is looked up in the mapping with __getitem__ (a
     * KeyError means absent); after it, also when it raises, each binding that is new or changed is stored back with
     * __setitem__ and each one removed is deleted with __delitem__, in the order of the dict.
     */
    private PyObject runWithMapping(ThreadState ts, Code c, PyDict g, PyObject map, boolean exec) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        if (exec) {
            names.add("__annotations__");
        }
        collectNames(c, names);
        PyDict l = new PyDict();
        for (String n : names) {
            PyStr k = Py.str(n);
            try {
                l.put(ts, k, Ops.getitem(ts, map, k));
            } catch (PyException e) {
                // __annotations__ is looked up only if the code annotates: a sequence as locals is fine otherwise
                if (!e.exc.type().isSubtype(Exc.KeyError) && !"__annotations__".equals(n)) {
                    throw e;
                }
            }
        }
        PyObject[] before = l.keysArray();
        PyObject[] old = new PyObject[before.length];
        for (int i = 0; i < before.length; i++) {
            old[i] = l.get(ts, before[i]);
        }
        try {
            if (exec && (c.flags & Code.NEWLOCALS) == 0) {
                execWithLocals(ts, c, g, l);
                return Py.None;
            }
            return Interp.runFrame(ts, new Frame(c, g, l, frameBuiltins(g), null));
        } finally {
            for (PyObject k : l.keysArray()) {
                PyObject v = l.get(ts, k);
                int i = java.util.Arrays.asList(before).indexOf(k);
                if (i < 0 || old[i] != v) {
                    Ops.setitem(ts, map, k, v);
                }
            }
            for (PyObject k : before) {
                if (l.get(ts, k) == null) {
                    Ops.delitem(ts, map, k);
                }
            }
        }
    }

    private static void collectNames(Code c, java.util.Set<String> out) {
        java.util.Collections.addAll(out, c.names);
        java.util.Collections.addAll(out, c.varnames);
        for (PyObject k : c.consts) {
            if (k instanceof Code) {
                collectNames((Code) k, out);
            }
        }
    }

    /**
     * exec(code, globals, locals) with distinct dicts. The compiler binds module-level names with the *_GLOBAL
     * opcodes, so the code runs on the globals dict: the locals' names are visible there for the run, and every
     * name the code binds ends in locals while globals get their previous contents back (functions defined by
     * the code keep globals as their globals, as in CPython).
     */
    private void execWithLocals(ThreadState ts, Code c, PyDict g, PyDict l) {
        PyObject[] keys = g.keysArray();
        PyObject[] vals = new PyObject[keys.length];
        for (int i = 0; i < keys.length; i++) {
            vals[i] = g.get(ts, keys[i]);
        }
        for (PyObject k : l.keysArray()) {
            g.put(ts, k, l.get(ts, k));
        }
        try {
            Interp.runFrame(ts, new Frame(c, g, null, frameBuiltins(g), null));
        } finally {
            java.util.List<PyObject> gone = new java.util.ArrayList<>();
            for (PyObject k : l.keysArray()) {
                if (g.get(ts, k) == null) {
                    gone.add(k);
                }
            }
            for (PyObject k : g.keysArray()) {
                PyObject v = g.get(ts, k);
                int idx = -1;
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] == k || keys[i].equals(k)) {
                        idx = i;
                    }
                }
                if (idx >= 0 && vals[idx] == v) {
                    continue;
                }
                l.put(ts, k, v);
                if (idx >= 0) {
                    g.put(ts, k, vals[idx]);
                } else {
                    g.remove(ts, k);
                }
            }
            // names the code deleted: gone from the locals, and the globals get back what they had
            for (PyObject k : gone) {
                l.remove(ts, k);
            }
            for (int i = 0; i < keys.length; i++) {
                if (g.get(ts, keys[i]) == null) {
                    g.put(ts, keys[i], vals[i]);
                }
            }
        }
    }

    private static String strArg(PyObject o, String what) {
        if (o == null || o == Py.None) {
            return null;
        }
        if (!(o instanceof PyStr)) {
            throw Py.typeError("open() argument '" + what + "' must be str or None, not " + o.type().name);
        }
        return ((PyStr) o).value();
    }

    /** The built-in open(): checks the arguments as CPython's, opens the path or takes the descriptor. */
    private PyObject openBuiltin(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("open", a, kw,
                new String[] {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1);
        if (p[1] != null && !(p[1] instanceof PyStr)) {
            throw Py.typeError("open() argument 'mode' must be str, not " + p[1].type().name);
        }
        String mode = p[1] == null ? "r" : ((PyStr) p[1]).value();
        int buffering = p[2] == null || p[2] == Py.None ? -1 : (int) Ops.toInt(ts, p[2]).v;
        String encoding = strArg(p[3], "encoding");
        String errors = strArg(p[4], "errors");
        String newline = strArg(p[5], "newline");
        boolean closefd = p[6] == null || Ops.truth(ts, p[6]);
        PyObject opener = p[7] == null ? Py.None : p[7];
        int kinds = 0;
        for (int i = 0; i < mode.length(); i++) {
            char c = mode.charAt(i);
            if ("rwxabt+".indexOf(c) < 0 || mode.indexOf(c) != i) {
                throw Py.valueError("invalid mode: '" + mode + "'");
            }
            kinds += "rwxa".indexOf(c) >= 0 ? 1 : 0;
        }
        boolean binary = mode.indexOf('b') >= 0;
        if (binary && mode.indexOf('t') >= 0) {
            throw Py.valueError("can't have text and binary mode at once");
        }
        if (kinds != 1) {
            throw Py.valueError(kinds == 0 ? "Must have exactly one of create/read/write/append mode and at most one"
                    + " plus" : "must have exactly one of create/read/write/append mode");
        }
        if (binary && encoding != null) {
            throw Py.valueError("binary mode doesn't take an encoding argument");
        }
        if (binary && errors != null) {
            throw Py.valueError("binary mode doesn't take an errors argument");
        }
        if (binary && newline != null) {
            throw Py.valueError("binary mode doesn't take a newline argument");
        }
        if (binary && buffering == 1) {
            PyObject w = importName(ts, "warnings", Py.None, 0, null);
            Ops.call(ts, Ops.getattr(ts, w, "warn"), Py.str("line buffering (buffering=1) isn't supported in binary"
                    + " mode, the default buffer size will be used"), Exc.RuntimeWarning);
        }
        if (!binary && buffering == 0) {
            throw Py.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Py.valueError("illegal newline value: " + newline);
        }
        FileCodec codec = binary ? FileCodec.UTF8 : FileCodec.lookup(encoding == null ? "utf-8" : encoding,
                errors == null ? "strict" : errors);
        PyObject nameObj;
        java.nio.channels.FileChannel ch;
        int fd = -1;
        String fsPath = null;
        if (p[0] instanceof org.stmj.python.objects.PyInt) {
            fd = (int) ((org.stmj.python.objects.PyInt) p[0]).v;
            nameObj = p[0];
        } else {
            String path = Modules.fsPath(ts, p[0]);
            nameObj = p[0] instanceof PyStr || p[0] instanceof org.stmj.python.objects.PyBytes ? p[0] : Py.str(path);
            if (!closefd) {
                throw Py.valueError("Cannot use closefd=False with file name");
            }
            if (opener != Py.None) {
                PyObject r = Ops.call(ts, opener, nameObj, Py.newInt(openFlags(mode)));
                fd = (int) Ops.toInt(ts, r).v;
                if (fd < 0) {
                    throw Py.valueError("opener returned " + fd);
                }
            }
        }
        if (fd >= 0) {
            ch = Modules.fdChannel(fd);
            if (ch == null) {
                throw new PyException(Exc.osError(Exc.OSError, Py.newInt(9), Py.str("Bad file descriptor")));
            }
        } else {
            String path = Modules.fsPath(ts, p[0]);
            ch = Modules.io(ts, () -> openChannel(path, mode));
            fsPath = path;
        }
        java.nio.channels.FileChannel c = ch;
        boolean app = mode.indexOf('a') >= 0;
        long start = Modules.io(ts, () -> {
            try {
                return app ? c.size() : c.position();
            } catch (java.io.IOException e) {
                throw Py.raise(Exc.OSError, String.valueOf(e.getMessage()));
            }
        });
        PyFile f = new PyFile(nameObj, mode, ch, start, codec, newline, closefd, buffering == 0);
        f.fd = fd;
        f.fsPath = fsPath;
        if (encoding != null && !encoding.equals("locale")) {
            f.setEncodingName(encoding);
        }
        return f;
    }

    /** os.open flags (Linux values) for an open() mode, as passed to an opener. */
    private static int openFlags(String mode) {
        int f = mode.indexOf('r') >= 0 ? 0 : mode.indexOf('w') >= 0 ? 0x41 | 0x200 : mode.indexOf('x') >= 0
                ? 0x41 | 0x80 : 0x41 | 0x400;
        if (mode.indexOf('+') >= 0) {
            f = (f & ~3) | 2;
        }
        return f | 0x80000;
    }

    private static java.nio.channels.FileChannel openChannel(String path, String mode) {
        Path pth = Path.of(path);
        java.util.Set<java.nio.file.OpenOption> o = new java.util.HashSet<>();
        boolean plus = mode.indexOf('+') >= 0;
        if (mode.indexOf('r') >= 0 || plus) {
            o.add(java.nio.file.StandardOpenOption.READ);
        }
        if (mode.indexOf('r') < 0 || plus) {
            o.add(java.nio.file.StandardOpenOption.WRITE);
        }
        if (mode.indexOf('w') >= 0) {
            o.add(java.nio.file.StandardOpenOption.CREATE);
            o.add(java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        } else if (mode.indexOf('a') >= 0) {
            o.add(java.nio.file.StandardOpenOption.CREATE);
        } else if (mode.indexOf('x') >= 0) {
            o.add(java.nio.file.StandardOpenOption.CREATE_NEW);
        }
        if (path.isEmpty()) { // Path.of("") is the working directory; the system finds no file named ""
            throw new PyException(Exc.osError(Exc.FileNotFoundError, Py.newInt(2), Py.str("No such file or directory"),
                    Py.str(path)));
        }
        if (Files.isDirectory(pth)) {
            throw new PyException(Exc.osError(Exc.IsADirectoryError, Py.newInt(21), Py.str("Is a directory"),
                    Py.str(path)));
        }
        try {
            return java.nio.channels.FileChannel.open(pth, o);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PyException(Exc.osError(Exc.FileNotFoundError, Py.newInt(2),
                    Py.str("No such file or directory"), Py.str(path)));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new PyException(Exc.osError(Exc.FileExistsError, Py.newInt(17), Py.str("File exists"),
                    Py.str(path)));
        } catch (java.nio.file.AccessDeniedException e) {
            throw new PyException(Exc.osError(Exc.PermissionError, Py.newInt(13), Py.str("Permission denied"),
                    Py.str(path)));
        } catch (java.io.IOException e) {
            throw new PyException(Exc.osError(Exc.OSError, Py.newInt(5), Py.str(String.valueOf(e.getMessage())),
                    Py.str(path)));
        }
    }

    /**
     * Issues the compiler's SyntaxWarnings through warnings.warn_explicit, as CPython's compile() does; a warning
     * turned into an error by the filters becomes a SyntaxError at the warning's place.
     */
    public void issueSyntaxWarnings(ThreadState ts, java.util.List<Object[]> warns, String file) {
        if (warns.isEmpty()) {
            return;
        }
        PyObject warnings = importName(ts, "warnings", Py.None, 0, null);
        PyObject warnExplicit = Ops.getattr(ts, warnings, "warn_explicit");
        for (Object[] w : warns) {
            String msg = (String) w[0];
            int line = (Integer) w[1], col = (Integer) w[2];
            PyType cat = w.length > 3 ? Exc.DeprecationWarning : Exc.SyntaxWarning;
            try {
                Ops.call(ts, warnExplicit, Py.str(msg), cat, Py.str(file), Py.newInt(line));
            } catch (PyException e) {
                if (e.exc.isInstance(cat)) {
                    throw syntaxException(new PySyntaxError("SyntaxError", msg, file, line, col));
                }
                throw e;
            }
        }
    }

    public static PyException syntaxException(PySyntaxError e) {
        PyType t = e.kind.equals("IndentationError") ? Exc.IndentationError : e.kind.equals("TabError") ? Exc.TabError
                : Exc.SyntaxError;
        PyObject text = e.text == null ? Py.None : Py.str(e.text);
        PyObject endLine = e.tokenizerEnd != null ? Py.newInt(e.line) : e.endCol > 0 ? Py.newInt(e.endLine) : Py.None;
        PyObject endCol = e.tokenizerEnd != null ? Py.newInt(e.tokenizerEnd)
                : e.endCol > 0 ? Py.newInt(e.endCol) : Py.None;
        PyBaseException x = new PyBaseException(t, Py.str(e.msg), new PyTuple(Py.str(e.filename),
                Py.newInt(e.line), Py.newInt(e.col), text, endLine, endCol));
        PyDict a = x.attrs();
        a.putStr("msg", Py.str(e.msg));
        a.putStr("filename", Py.str(e.filename));
        a.putStr("lineno", Py.newInt(e.line));
        a.putStr("offset", Py.newInt(e.col));
        a.putStr("text", text);
        a.putStr("end_lineno", endLine);
        a.putStr("end_offset", endCol);
        return new PyException(x);
    }

    /** exec()'s source string compiled as "<string>", its compiler warnings issued as eval's and CPython's are. */
    private Code compileExecString(ThreadState ts, String src) {
        registerSource("<string>", src);
        java.util.List<Object[]> warns = new java.util.ArrayList<>();
        Code c;
        try {
            c = Compiler.compile(src, "<string>", false, warns);
        } catch (PySyntaxError e) {
            issueSyntaxWarnings(ts, warns, "<string>");
            throw syntaxException(e);
        }
        issueSyntaxWarnings(ts, warns, "<string>");
        return c;
    }

    public Code compileSource(String src, String file, boolean interactive) {
        registerSource(file, src);
        try {
            return Compiler.compile(src, file, interactive);
        } catch (PySyntaxError e) {
            throw syntaxException(e);
        }
    }

    /**
     * Compiles a module's (or the main script's) source and issues the compiler's warnings (invalid escapes, "is"
     * with a literal, ...) through the warnings module, as CPython does when it compiles a source file: a module
     * whose code comes from a cache is not compiled, so it warns no more.
     */
    public Code compileModuleSource(ThreadState ts, String src, String file) {
        registerSource(file, src);
        java.util.List<Object[]> warns = new java.util.ArrayList<>();
        Code c;
        try {
            c = Compiler.compile(src, file, false, warns);
        } catch (PySyntaxError e) {
            issueSyntaxWarnings(ts, warns, file);
            throw syntaxException(e);
        }
        issueSyntaxWarnings(ts, warns, file);
        return c;
    }

    // ---------------------------------------------------------------- class statements

    /**
     * {@code __build_class__} with the parts of PEP 3115 and PEP 560 that the library needs on top of
     * {@link ClassCreation#buildClass}: bases with {@code __mro_entries__} are replaced (the originals kept as
     * {@code __orig_bases__}), and a metaclass's {@code __prepare__} supplies the namespace. The class body's
     * {@code STORE_NAME} writes a plain dict, so the body runs into one and its bindings are then stored into the
     * prepared namespace in definition order with {@code ns[name] = value}, which runs a mapping's own
     * {@code __setitem__} (enum's member collection). A name bound twice in the body reaches the prepared
     * namespace once, with its last value.
     */
    public static PyObject buildClass(ThreadState ts, PyObject[] a, String[] kw) {
        int np = a.length - (kw == null ? 0 : kw.length);
        PyObject[] origBases = java.util.Arrays.copyOfRange(a, 2, np);
        PyObject[] bases = resolveBases(ts, origBases);
        PyObject meta = null;
        int nkw = kw == null ? 0 : kw.length;
        for (int i = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                meta = a[np + i];
            }
        }
        boolean explicitMeta = meta != null;
        if (meta == null && bases.length > 0) {
            meta = bases[0].type();
        }
        if (meta instanceof PyType) {
            meta = org.stmj.python.objects.ClassCreation.calculateMeta((PyType) meta, bases);
        }
        PyObject prepare = meta == null || meta == Builtins.TYPE
                || meta instanceof PyType && ((PyType) meta).lookup("__prepare__") == Builtins.TYPE.dict.getStr(
                        "__prepare__") ? null : Ops.getattrOrNull(ts, meta, "__prepare__");
        if (prepare == null && bases == origBases) {
            return ClassCreation.buildClass(ts, a, kw);
        }
        if (meta == null) {
            meta = Builtins.TYPE;
        }
        String[] okw = new String[explicitMeta ? nkw - 1 : nkw];
        PyObject[] okv = new PyObject[okw.length];
        for (int i = 0, j = 0; i < nkw; i++) {
            if (kw[i].equals("metaclass")) {
                continue;
            }
            okw[j] = kw[i];
            okv[j++] = a[np + i];
        }
        PyObject[] pa = new PyObject[2 + okv.length];
        pa[0] = a[1];
        pa[1] = new PyTuple(bases);
        System.arraycopy(okv, 0, pa, 2, okv.length);
        PyObject ns = prepare == null ? new PyDict() : Ops.call(ts, prepare, pa, okw.length == 0 ? null : okw);
        if (!(ns instanceof PyDict) && ns.type().lookup("__getitem__") == null) {
            throw Py.typeError((meta instanceof PyType ? ((PyType) meta).name : "<metaclass>")
                    + ".__prepare__() must return a mapping, not " + ns.type().name);
        }
        org.stmj.python.objects.PyFunction body = (org.stmj.python.objects.PyFunction) a[0];
        PyDict plain;
        if (ns instanceof PyDict) {
            // the body runs in the prepared namespace itself: STORE_NAME on a dict subclass calls its
            // __setitem__ (enum's _EnumDict sees every binding, repeated ones included, as it happens)
            plain = (PyDict) ns;
            Interp.runFrame(ts, new Frame(body.code, body.globals, plain, ts.interp.builtins, body.closure));
        } else {
            // any other mapping: the body runs in a plain dict, its bindings are then stored with ns[k] = v
            plain = new PyDict();
            Interp.runFrame(ts, new Frame(body.code, body.globals, plain, ts.interp.builtins, body.closure));
            for (int pos = plain.nextEntry(0); pos >= 0; pos = plain.nextEntry(pos + 1)) {
                Ops.setitem(ts, ns, plain.keyAt(pos), plain.valueAt(pos));
            }
        }
        if (bases != origBases) {
            Ops.setitem(ts, ns, Py.str("__orig_bases__"), new PyTuple(origBases));
        }
        PyObject[] ma = new PyObject[3 + okv.length];
        ma[0] = a[1];
        ma[1] = new PyTuple(bases);
        ma[2] = ns;
        System.arraycopy(okv, 0, ma, 3, okv.length);
        PyObject cls = Ops.call(ts, meta, ma, okw.length == 0 ? null : okw);
        PyObject cell = plain.getStr("__classcell__");
        if (cell instanceof org.stmj.python.objects.PyCell) {
            ((org.stmj.python.objects.PyCell) cell).value = cls;
        }
        return cls;
    }

    private static PyObject[] resolveBases(ThreadState ts, PyObject[] bases) {
        java.util.ArrayList<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject me = b instanceof PyType ? null : Ops.getattrOrNull(ts, b, "__mro_entries__");
            if (me == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            if (out == null) {
                out = new java.util.ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases[j]);
                }
            }
            PyObject r = Ops.call(ts, me, new PyTuple(bases));
            if (!(r instanceof PyTuple)) {
                throw Py.typeError("__mro_entries__ must return a tuple");
            }
            for (PyObject x : ((PyTuple) r).items) {
                out.add(x);
            }
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    // ---------------------------------------------------------------- import

    /** Whether module m is still running its body (its spec's {@code _initializing}, as CPython tests it). */
    public static boolean initializing(ThreadState ts, PyObject m) {
        PyObject spec = Ops.getattrOrNull(ts, m, "__spec__");
        PyObject i = spec == null || spec == Py.None ? null : Ops.getattrOrNull(ts, spec, "_initializing");
        return i != null && Ops.truth(ts, i);
    }

    public String moduleLocation(PyObject m) {
        if (m instanceof PyModule) {
            PyObject f = ((PyModule) m).dict.getStr("__file__");
            if (f instanceof PyStr) {
                return " (" + ((PyStr) f).value() + ")";
            }
            return " (unknown location)";
        }
        return "";
    }

    /**
     * {@code import name} / {@code from name import fromlist}, as {@code __import__} does it: resolves a relative
     * name against {@code __package__} of the importing globals, imports every package on the way, and for a
     * from-import also imports each name of the fromlist that is a submodule of a package. Returns the top package,
     * or the module itself for from-imports.
     */
    /**
     * An {@code import} statement of frame {@code f} (IMPORT_NAME): as {@link #importName}, but through the frame's
     * built-ins' {@code __import__} when a program replaced it (CPython's import_name: called with the name, the
     * frame's globals, its locals or None, the fromlist and the level; ImportError "__import__ not found" if gone).
     */
    public PyObject importStatement(ThreadState ts, Frame f, String name, PyObject fromlist, int level) {
        PyObject imp = f.builtins.getStr("__import__");
        if (imp == importBuiltin) {
            return importName(ts, name, fromlist, level, f.globals);
        }
        if (imp == null) {
            throw Py.raise(Exc.ImportError, "__import__ not found");
        }
        PyObject locals = f.locals != null ? f.locals : (f.code.flags & Code.NEWLOCALS) != 0 ? Py.None : f.globals;
        return Ops.call(ts, imp, Py.str(name), f.globals, locals, fromlist == null ? Py.None : fromlist,
                Py.newInt(level));
    }

    public PyObject importName(ThreadState ts, String name, PyObject fromlist, int level, PyDict globals) {
        if (level > 0) {
            name = resolveRelative(ts, name, level, globals);
        }
        if (name.isEmpty()) {
            throw Py.valueError("Empty module name");
        }
        PyObject top = null;
        int dot = -1;
        while (true) {
            int next = name.indexOf('.', dot + 1);
            String cur = next < 0 ? name : name.substring(0, next);
            PyObject m = loadModule(ts, cur);
            if (top == null) {
                top = m;
            }
            dot = next;
            if (next < 0) {
                break;
            }
        }
        boolean from = fromlist != null && fromlist != Py.None && Ops.truth(ts, fromlist);
        if (!from) {
            return level > 0 && name.indexOf('.') >= 0 ? modules.getStr(name.substring(0, name.indexOf('.'))) : top;
        }
        PyObject m = modules.getStr(name);
        if (m instanceof PyModule && ((PyModule) m).dict.getStr("__path__") != null) {
            handleFromlist(ts, (PyModule) m, name, fromlist);
        }
        return m;
    }

    private String resolveRelative(ThreadState ts, String name, int level, PyDict globals) {
        PyObject pkg = globals == null ? null : globals.getStr("__package__");
        String base;
        if (pkg instanceof PyStr) {
            base = ((PyStr) pkg).value();
        } else {
            PyObject n = globals == null ? null : globals.getStr("__name__");
            base = n instanceof PyStr ? ((PyStr) n).value() : "";
            if (globals != null && globals.getStr("__path__") == null) {
                base = base.contains(".") ? base.substring(0, base.lastIndexOf('.')) : "";
            }
        }
        if (base.isEmpty()) {
            throw Py.raise(Exc.ImportError, "attempted relative import with no known parent package");
        }
        String prefix = base;
        for (int i = 1; i < level; i++) {
            int d = prefix.lastIndexOf('.');
            if (d < 0) {
                throw Py.raise(Exc.ImportError, "attempted relative import beyond top-level package");
            }
            prefix = prefix.substring(0, d);
        }
        return name.isEmpty() ? prefix : prefix + "." + name;
    }

    /** {@code from package import a, b}: imports a and b as submodules when the package has no such attribute. */
    private void handleFromlist(ThreadState ts, PyModule m, String name, PyObject fromlist) {
        for (PyObject x : Ops.toArray(ts, fromlist)) {
            if (!(x instanceof PyStr)) {
                continue;
            }
            String n = ((PyStr) x).value();
            if (n.equals("*")) {
                PyObject all = m.dict.getStr("__all__");
                if (all != null) {
                    handleFromlist(ts, m, name, all);
                }
                continue;
            }
            if (m.dict.getStr(n) != null) {
                continue;
            }
            String sub = name + "." + n;
            try {
                loadModule(ts, sub);
            } catch (PyException e) {
                if (e.exc.isInstance(Exc.ModuleNotFoundError)) {
                    PyObject en = e.exc.attrs() == null ? null : e.exc.attrs().getStr("name");
                    if (en instanceof PyStr && ((PyStr) en).value().equals(sub)) {
                        continue;
                    }
                }
                throw e;
            }
        }
    }

    private static PyException notFound(String name) {
        PyBaseException e = new PyBaseException(Exc.ModuleNotFoundError, Py.str("No module named '" + name + "'"));
        e.attrs().putStr("name", Py.str(name));
        return e.raise();
    }

    /** Imports one module whose parent package (if any) is already imported; binds it in its parent. */
    /**
     * Modules being imported, by the thread importing them, and the module each waiting thread waits for (CPython's
     * per-module import locks): another thread importing the same module waits until it is done instead of seeing
     * it half initialized, unless waiting would deadlock (a cycle of threads importing each other's modules), where
     * it gets the partial module as CPython's does. Interpreter metadata, never reachable from a Python object.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, ThreadState> importing =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<ThreadState, String> importWaits =
            new java.util.concurrent.ConcurrentHashMap<>();

    private boolean importDeadlock(ThreadState ts, ThreadState owner) {
        ThreadState o = owner;
        for (int i = 0; o != null && i < 100; i++) {
            if (o == ts) {
                return true;
            }
            String w = importWaits.get(o);
            o = w == null ? null : importing.get(w);
        }
        return false;
    }

    private PyObject loadModule(ThreadState ts, String name) {
        while (true) {
            ThreadState owner = importing.get(name);
            if (owner == null || owner == ts || importDeadlock(ts, owner)) {
                break;
            }
            importWaits.put(ts, name);
            try {
                gil.blocking(ts, () -> {
                    synchronized (importing) {
                        while (importing.get(name) == owner) {
                            importing.wait(50);
                        }
                    }
                    return null;
                });
            } finally {
                importWaits.remove(ts);
            }
        }
        if (modules.getStr(name) != null || importing.get(name) == ts) {
            return loadModuleUnlocked(ts, name);
        }
        if (importing.putIfAbsent(name, ts) != null) {
            return loadModule(ts, name);
        }
        try {
            return loadModuleUnlocked(ts, name);
        } finally {
            importing.remove(name);
            synchronized (importing) {
                importing.notifyAll();
            }
        }
    }

    private PyObject loadModuleUnlocked(ThreadState ts, String name) {
        PyObject m = modules.getStr(name);
        if (m != null) {
            if (m == Py.None) {
                throw notFound(name);
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyModule parent = null;
        if (dot >= 0) {
            PyObject p = modules.getStr(name.substring(0, dot));
            if (p instanceof PyModule) {
                parent = (PyModule) p;
            }
        }
        PyModule builtin = Modules.builtinModule(this, ts, name);
        if (builtin != null) {
            modules.putStr(name, builtin);
            attachSpec(ts, name, builtin.dict, null, null);
            if (parent != null) {
                parent.dict.putStr(name.substring(dot + 1), builtin);
            }
            return builtin;
        }
        PyObject[] path;
        if (dot >= 0) {
            PyObject pp = parent == null ? null : parent.dict.getStr("__path__");
            if (pp == null) {
                PyBaseException e = new PyBaseException(Exc.ModuleNotFoundError,
                        Py.str("No module named '" + name + "'; '" + name.substring(0, dot) + "' is not a package"));
                e.attrs().putStr("name", Py.str(name));
                throw e.raise();
            }
            path = Ops.toArray(ts, pp);
        } else {
            PyObject sp = sys.dict.getStr("path");
            path = sp instanceof PyList ? ((PyList) sp).toArray() : Ops.toArray(ts, sp);
        }
        String last = name.substring(dot + 1);
        PyObject parentPath = dot >= 0 ? parent.dict.getStr("__path__") : Py.None;
        PyObject hooked = metaPathImport(ts, name, parentPath, true);
        if (hooked != null) {
            if (parent != null) {
                parent.dict.putStr(last, hooked);
            }
            return hooked;
        }
        Library.Found found = null;
        for (PyObject p : path) {
            if (!(p instanceof PyStr)) {
                continue;
            }
            found = Modules.io(ts, () -> Library.find(((PyStr) p).value(), last));
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            hooked = metaPathImport(ts, name, parentPath, false);
            if (hooked == null) {
                throw notFound(name);
            }
            if (parent != null) {
                parent.dict.putStr(last, hooked);
            }
            return hooked;
        }
        PyModule mod = execModule(ts, name, found);
        if (parent != null) {
            parent.dict.putStr(last, modules.getStr(name) instanceof PyModule ? modules.getStr(name) : mod);
        }
        return modules.getStr(name) != null ? modules.getStr(name) : mod;
    }

    /**
     * The finders a program put on {@code sys.meta_path} (import hooks): this interpreter's own machinery (Java
     * modules, then {@code sys.path}) stands where {@code _imp.StmjFinder} stands in the list, so with
     * {@code before} the finders ahead of it are asked, and otherwise those after it (when the machinery did not
     * find the module). A finder's spec is loaded by importlib ({@code module_from_spec}, {@code exec_module}).
     * Returns the module, or null when no finder had it.
     */
    private PyObject metaPathImport(ThreadState ts, String name, PyObject path, boolean before) {
        PyObject mp = sys.dict.getStr("meta_path");
        if (!(mp instanceof PyList) || ((PyList) mp).size == 0) {
            return null;
        }
        PyObject[] finders = ((PyList) mp).toArray();
        boolean ours = false;
        for (PyObject f : finders) {
            if (f instanceof PyType && ((PyType) f).name.equals("StmjFinder")) {
                ours = true;
                if (before) {
                    return null;
                }
                continue;
            }
            if (!before && !ours) {
                continue; // ahead of the machinery: asked already
            }
            PyObject find = Ops.getattrOrNull(ts, f, "find_spec");
            if (find == null) {
                continue;
            }
            PyObject spec = Ops.call(ts, find, Py.str(name), path, Py.None);
            if (spec != Py.None) {
                PyObject bootstrap = loadModule(ts, "importlib._bootstrap");
                PyObject m = Ops.call(ts, Ops.getattr(ts, bootstrap, "_load_unlocked"), spec);
                PyObject reg = modules.getStr(name);
                return reg != null ? reg : m;
            }
        }
        return null;
    }

    /** {@code _imp._attach} once {@code _imp} has loaded; null before. */
    private PyObject specAttacher;
    /** True while {@code _imp} itself loads (the modules it imports get their specs when it has loaded). */
    private boolean loadingImp;

    /**
     * Gives a module's dict its {@code __spec__} and {@code __loader__} before the module runs (importlib's
     * {@code find_spec}, {@code reload}, {@code importlib.resources}, {@code pkgutil} and linecache's lazy source
     * of library files read them): {@code file} is its source file, null for a Java module. The first call loads
     * {@code _imp}, whose classes they are, and then gives specs to the modules imported before it.
     */
    private void attachSpec(ThreadState ts, String name, PyDict g, String file, String pkgDir) {
        PyObject fn = specAttacher;
        if (fn == null) {
            if (loadingImp || name.equals("_imp")) {
                return;
            }
            loadingImp = true;
            try {
                PyObject imp = loadModule(ts, "_imp");
                fn = imp instanceof PyModule ? ((PyModule) imp).dict.getStr("_attach") : null;
                if (fn == null) {
                    return;
                }
                specAttacher = fn;
                for (PyObject k : modules.keysArray()) {
                    PyObject m = modules.get(ts, k);
                    if (m instanceof PyModule && !((PyStr) k).value().equals("__main__")) {
                        PyDict d = ((PyModule) m).dict;
                        PyObject spec = d.getStr("__spec__");
                        if (spec == null || spec == Py.None) {
                            PyObject f = d.getStr("__file__");
                            PyObject pp = d.getStr("__path__");
                            PyObject dir = pp instanceof PyList && ((PyList) pp).size > 0
                                    ? ((PyList) pp).toArray()[0] : Py.None;
                            Ops.call(ts, fn, new PyObject[] {d, k, f instanceof PyStr ? f : Py.None, dir});
                        }
                    }
                }
            } finally {
                loadingImp = false;
            }
        }
        Ops.call(ts, fn, new PyObject[] {g, Py.str(name), file == null ? Py.None : Py.str(file),
            pkgDir == null ? Py.None : Py.str(pkgDir)});
    }

    /** Runs a found module's code in a fresh module registered in sys.modules (removed again if it fails). */
    private PyModule execModule(ThreadState ts, String name, Library.Found found) {
        Code code = Library.moduleCode(ts, this, found); // JVM-wide cache, disk cache, or compiled
        PyDict g = newModuleDict(name, found.file, found.pkg ? name
                : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        if (found.pkg) {
            g.putStr("__path__", new PyList(new PyObject[] {Py.str(found.pkgDir)}));
        }
        attachSpec(ts, name, g, found.file, found.pkg ? found.pkgDir : null);
        if (found.file.startsWith(Library.STDLIB) && found.source.contains("__graalpython__")) {
            // the jar's library is GraalPy's copy: a few modules ask its host object (os.py names its own file from
            // __graalpython__.stdlib_home, importlib asks in_image_buildtime, multiprocessing the process count)
            g.putStr("__graalpython__", graalpythonShim());
        }
        PyModule m = runModule(ts, name, code, g);
        String fix = found.file.startsWith(Library.STDLIB) ? AFTER_IMPORT.get(name) : null;
        if (fix != null) {
            Interp.runFrame(ts, new Frame(compileSource(fix, "<stmj: after " + name + ">", false), g, null, builtins,
                    null));
        }
        return m;
    }

    /**
     * Statements run in a module of the jar's library (GraalPy's copy of CPython's) right after it loads: where one
     * of GraalPy's changes misbehaves on an interpreter that runs {@code __del__} as CPython does, or where the
     * library counts on something CPython's start-up does and this interpreter's own import machinery does not.
     * Each says why.
     */
    private static final java.util.Map<String, String> AFTER_IMPORT = java.util.Map.of(
            // GraalPy added a weakref.finalize that closes a connection's descriptor, next to CPython's __del__:
            // at exit it closed the pipes before multiprocessing's own exit function wrote to them (EBADF), and
            // the __del__ then closed each descriptor a second time. CPython closes through __del__ alone.
            "multiprocessing.connection", "_ConnectionFinalizer.close = lambda self: None\n",
            // GraalPy starts a "process" as a child context on a thread, which this interpreter does not have: say
            // so at once (_spawn_context raises OSError with the reason) instead of failing midway through pickling
            "multiprocessing.popen_truffleprocess",
            "def _launch(self, process_obj):\n    _spawn_context()\nPopen._launch = _launch\ndel _launch\n",
            // CPython's start-up installs importlib's FileFinder as the path hook of directories, which pkgutil
            // (iter_modules, walk_packages, get_importer) lists modules with; this interpreter's imports do not go
            // through path hooks, so the hook is installed when importlib.machinery is first imported, after the
            // hook of the library roots that are not directories (their finder lists the jar's modules)
            // linecache reads a library file's lines through its module's loader, which it only finds when given
            // the module's globals: warnings and a bare linecache.getline pass none, and for CPython the file is on
            // disk. A file of the library roots that are not directories gets its source from the jar instead
            "linecache",
            "def lazycache(filename, module_globals, _lazycache=lazycache):\n"
            + "    if not module_globals and filename.startswith(('<stdlib>/', '<stmj>/')):\n"
            + "        import _stmj\n"
            + "        src = _stmj.library_source(filename)\n"
            + "        if src is not None:\n"
            + "            module_globals = {'__name__': filename, '__loader__': _LibrarySource(src)}\n"
            + "    return _lazycache(filename, module_globals)\n"
            + "class _LibrarySource:\n"
            + "    def __init__(self, src):\n"
            + "        self.src = src\n"
            + "    def get_source(self, name):\n"
            + "        return self.src\n",
            "importlib.machinery",
            "import sys as _sys\nif not _sys.path_hooks:\n"
            + "    from _imp import LibraryFinder as _LF\n"
            + "    _sys.path_hooks.append(_LF.path_hook)\n"
            + "    _sys.path_hooks.append(FileFinder.path_hook((SourceFileLoader, SOURCE_SUFFIXES)))\n"
            + "    del _LF\n"
            + "del _sys\n");

    private PyModule graalShim;

    private synchronized PyModule graalpythonShim() {
        if (graalShim == null) {
            PyDict gp = new PyDict();
            gp.putStr("stdlib_home", Py.str(Library.STDLIB));
            gp.putStr("in_image_buildtime", Py.False);
            gp.putStr("use_system_toolchain", Py.False);
            gp.putStr("get_max_process_count", new PyBuiltin("get_max_process_count",
                    (ts, a, kw) -> Py.newInt(Runtime.getRuntime().availableProcessors())));
            gp.putStr("posix_module_backend", new PyBuiltin("posix_module_backend", (ts, a, kw) -> Py.str("java")));
            gp.putStr("get_platform_id", new PyBuiltin("get_platform_id", (ts, a, kw) -> Py.str("stmj")));
            graalShim = new PyModule("__graalpython__", gp);
        }
        return graalShim;
    }

    private PyDict newModuleDict(String name, String file, String pkg) {
        PyDict g = new PyDict();
        g.putStr("__name__", Py.str(name));
        g.putStr("__doc__", Py.None);
        g.putStr("__package__", Py.str(pkg));
        g.putStr("__loader__", Py.None);
        g.putStr("__spec__", Py.None);
        g.putStr("__file__", Py.str(file));
        g.putStr("__cached__", Py.None);
        g.putStr("__builtins__", modules.getStr("builtins"));
        return g;
    }

    private PyModule runModule(ThreadState ts, String name, Code code, PyDict g) {
        PyModule m = new PyModule(name, g);
        modules.putStr(name, m);
        PyObject spec = g.getStr("__spec__");
        boolean marked = spec != null && spec != Py.None;
        if (marked) {
            // CPython's _bootstrap marks the spec while the body runs: a from-import of a missing name from a
            // partially initialized module then says "most likely due to a circular import"
            Ops.setattr(ts, spec, "_initializing", Py.True);
        }
        try {
            Interp.runFrame(ts, new Frame(code, g, null, builtins, null));
        } catch (PyException e) {
            modules.remove(ts, Py.str(name));
            throw e;
        } finally {
            if (marked) {
                Ops.setattr(ts, spec, "_initializing", Py.False);
            }
        }
        return m;
    }

    /** Runs Python source as module {@code name} (not looked up on the path). */
    public PyModule execModule(ThreadState ts, String name, String src, String file, boolean pkg) {
        Code code = compileSource(src, file, false);
        PyDict g = newModuleDict(name, file, pkg ? name
                : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : ""));
        return runModule(ts, name, code, g);
    }

    /**
     * Finds the source of module {@code name} on the import path without running it (for {@code -m}): returns
     * {file, source, "pkg"|"mod"}, or null. Importing the parent packages runs them, as in CPython.
     */
    public String[] findModuleSource(ThreadState ts, String name) {
        int dot = name.lastIndexOf('.');
        PyObject[] path;
        if (dot >= 0) {
            importName(ts, name.substring(0, dot), null, 0, null);
            PyObject parent = modules.getStr(name.substring(0, dot));
            PyObject pp = parent instanceof PyModule ? ((PyModule) parent).dict.getStr("__path__") : null;
            if (pp == null) {
                return null;
            }
            path = Ops.toArray(ts, pp);
        } else {
            PyObject sp = sys.dict.getStr("path");
            path = Ops.toArray(ts, sp);
        }
        String last = name.substring(dot + 1);
        for (PyObject p : path) {
            if (!(p instanceof PyStr)) {
                continue;
            }
            Library.Found f = Library.find(((PyStr) p).value(), last);
            if (f != null) {
                return new String[] {f.file, f.source, f.pkg ? "pkg" : "mod"};
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- error reports

    /** Formats an exception with its traceback and chained exceptions, as CPython prints it. */
    public String formatException(ThreadState ts, PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatRecursive(ts, e, sb, new PrintContext());
        return sb.toString();
    }

    /**
     * Reports exception {@code e} that nobody can catch, raised in {@code obj} (a {@code __del__}, a weakref
     * callback, a dropped generator): through {@code sys.unraisablehook} when a program replaced it, else as
     * CPython's default hook prints it to {@code sys.stderr}. Never raises (a failing hook is reported the same way).
     */
    public void writeUnraisable(ThreadState ts, PyBaseException e, PyObject obj) {
        writeUnraisable(ts, e, Py.None, obj);
    }

    /**
     * As {@link #writeUnraisable(ThreadState, PyBaseException, PyObject)}, with the hook's {@code err_msg}
     * ({@code None}: the default "Exception ignored in"), as CPython's {@code _PyErr_WriteUnraisableMsg}.
     */
    public void writeUnraisable(ThreadState ts, PyBaseException e, PyObject errMsg, PyObject obj) {
        if (e.traceback == null && ts.frame != null) {
            Interp.addTraceback(e, ts.frame); // CPython adds the running frame's entry (pinned, as any entry's)
        }
        PyObject hook = sys.dict.getStr("unraisablehook");
        if (hook == null || hook == Py.None || hook == sys.dict.getStr("__unraisablehook__")) {
            printUnraisable(ts, e, errMsg, obj);
            return;
        }
        try {
            Ops.call(ts, hook, org.stmj.python.modules.Modules.unraisableArgs(e, errMsg, obj));
        } catch (PyException x) {
            printUnraisable(ts, x.exc, Py.str("Exception ignored in sys.unraisablehook"), hook);
        }
    }

    /** CPython's default unraisable hook: "{errMsg or Exception ignored in}: repr(obj)", then e, to sys.stderr. */
    public void printUnraisable(ThreadState ts, PyBaseException e, PyObject errMsg, PyObject obj) {
        String head = errMsg instanceof PyStr ? ((PyStr) errMsg).value() : "Exception ignored in";
        StringBuilder sb = new StringBuilder();
        if (obj != null && obj != Py.None) {
            String r;
            try {
                r = Ops.repr(ts, obj);
            } catch (PyException x) {
                r = "<object repr() failed>";
            }
            sb.append(head).append(": ").append(r).append('\n');
        } else {
            sb.append(head).append(":\n");
        }
        if (e != null) {
            sb.append(formatUnraisable(ts, e));
        }
        PyObject err = sys.dict.getStr("stderr");
        if (err == null || err == Py.None) {
            stderr.write(ts, sb.toString());
        } else {
            Ops.callMethod(ts, err, "write", Py.str(sb.toString()));
        }
    }

    /**
     * Formats an exception nobody can catch (from a finaliser, a weakref callback, a dropped generator's close) as
     * CPython's default {@code sys.unraisablehook} prints it after its "Exception ignored in: ..." line: the
     * exception and its traceback alone, no chained exceptions.
     */
    public String formatUnraisable(ThreadState ts, PyBaseException e) {
        StringBuilder sb = new StringBuilder();
        formatOne(ts, e, sb, new PrintContext());
        return sb.toString();
    }

    /**
     * CPython 3.11's print_exception_recursive state: exceptions already printed (chains can cycle), the nesting
     * depth inside exception groups (each level indents by two and draws a "| " margin), and whether the group
     * being printed still owes its closing line.
     */
    private static final class PrintContext {
        final java.util.IdentityHashMap<Object, Boolean> seen = new java.util.IdentityHashMap<>();
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        String margin() {
            return indent() + (depth > 0 ? "| " : "");
        }
    }

    private static final int MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10;

    private void formatRecursive(ThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx) {
        ctx.seen.put(e, true);
        if (e.cause != null && !ctx.seen.containsKey(e.cause)) {
            formatChained(ts, e.cause, sb, ctx, "The above exception was the direct cause of the following exception:");
        } else if (e.context != null && !e.suppressContext && !ctx.seen.containsKey(e.context)) {
            formatChained(ts, e.context, sb, ctx,
                    "During handling of the above exception, another exception occurred:");
        }
        if (e.egExceptions == null) {
            formatOne(ts, e, sb, ctx);
        } else {
            formatGroup(ts, e, sb, ctx);
        }
    }

    private void formatChained(ThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx, String message) {
        boolean needClose = ctx.needClose;
        formatRecursive(ts, e, sb, ctx);
        ctx.needClose = needClose;
        String m = ctx.margin();
        sb.append(m).append('\n').append(m).append(message).append('\n').append(m).append('\n');
    }

    private void formatGroup(ThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx) {
        if (ctx.depth > MAX_GROUP_DEPTH) {
            sb.append(ctx.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (ctx.depth == 0) {
            ctx.depth++;
        }
        formatOne(ts, e, sb, ctx);
        PyObject[] excs = e.egExceptions.items;
        int n = excs.length <= MAX_GROUP_WIDTH ? excs.length : MAX_GROUP_WIDTH + 1;
        ctx.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                ctx.needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            sb.append(ctx.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            ctx.depth++;
            if (!truncated) {
                formatRecursive(ts, (PyBaseException) excs[i], sb, ctx);
            } else {
                int more = excs.length - MAX_GROUP_WIDTH;
                sb.append(ctx.margin()).append("and ").append(more).append(" more exception").append(more > 1 ? "s"
                        : "").append('\n');
            }
            if (last && ctx.needClose) {
                sb.append(ctx.indent()).append("+------------------------------------\n");
                ctx.needClose = false;
            }
            ctx.depth--;
        }
        if (ctx.depth == 1) {
            ctx.depth--;
        }
    }

    private static final int TB_RECURSIVE_CUTOFF = 3;

    private static void appendRepeated(StringBuilder sb, int repeated) {
        if (repeated > TB_RECURSIVE_CUTOFF) {
            int more = repeated - TB_RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(more > 1 ? " more times]\n" : " more time]\n");
        }
    }

    /** sys.tracebacklimit as CPython's traceback printer reads it: 1000 unless an int is set there. */
    private long tracebackLimit() {
        PyObject v = sys.dict.getStr("tracebacklimit");
        if (v instanceof PyInt) {
            PyInt i = (PyInt) v;
            return i.big == null ? i.v : i.signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return 1000;
    }

    private void formatOne(ThreadState ts, PyBaseException e, StringBuilder sb, PrintContext ctx) {
        String m = ctx.margin();
        long limit = tracebackLimit();
        if (e.traceback != null && limit > 0) {
            boolean group = e.egExceptions != null;
            String headerMargin = group && ctx.depth == 1 ? ctx.indent() + "+ " : m;
            sb.append(headerMargin).append(group ? "Exception Group Traceback (most recent call last):\n"
                    : "Traceback (most recent call last):\n");
            // CPython's tb_print_internal: the last `limit` entries; a run of one line (file, line, function)
            // shown three times, then counted
            long depth = 0;
            for (Traceback t = e.traceback; t != null; t = t.next) {
                depth++;
            }
            Traceback first = e.traceback;
            for (; depth > limit; depth--) {
                first = first.next;
            }
            Traceback last = null;
            int repeated = 0;
            for (Traceback t = first; t != null; t = t.next) {
                if (last == null || !t.file.equals(last.file) || t.line != last.line || !t.name.equals(last.name)) {
                    appendRepeated(sb, repeated);
                    last = t;
                    repeated = 0;
                }
                if (++repeated > TB_RECURSIVE_CUTOFF) {
                    continue;
                }
                sb.append(m).append("  File \"").append(t.file).append("\", line ").append(t.line).append(
                        ", in ").append(t.name).append('\n');
                // as CPython's linecache: no line of a pseudo-file (<string> of -c and exec, <stdin>)
                String src = t.file.startsWith("<") && t.file.endsWith(">") ? null : sourceLine(t.file, t.line);
                if (src != null && !src.isBlank()) {
                    sb.append(m).append("    ").append(src.strip()).append('\n');
                    String carets = org.stmj.python.compiler.Carets.line(src, t.position());
                    if (carets != null) {
                        sb.append(m).append(carets).append('\n');
                    }
                }
            }
            appendRepeated(sb, repeated);
        }
        if (e.isInstance(Exc.SyntaxError) && e.args.items.length > 1 && e.args.items[1] instanceof PyTuple) {
            sb.append(syntaxErrorText(ts, e));
        } else {
            sb.append(m).append(exceptionLine(ts, e));
            String sugg = suggestion(ts, e);
            if (sugg != null) {
                sb.append(". Did you mean: '").append(sugg).append("'?");
            }
            sb.append('\n');
        }
        formatNotes(ts, e, sb, m);
    }

    /** The exception's __notes__, each line behind the margin (CPython 3.11's print_exception_notes). */
    private void formatNotes(ThreadState ts, PyBaseException e, StringBuilder sb, String m) {
        PyObject notes;
        try {
            notes = e.attrs == null ? null : e.attrs.getStr("__notes__");
        } catch (PyException x) {
            return;
        }
        if (notes == null) {
            return;
        }
        if (!(notes instanceof org.stmj.python.objects.PyList) && !(notes instanceof PyTuple)) {
            String r;
            try {
                r = Ops.repr(ts, notes);
            } catch (PyException x) {
                r = "<__notes__ repr() failed>";
            }
            sb.append(m).append(r).append('\n');
            return;
        }
        for (PyObject note : Ops.toArray(ts, notes)) {
            String text;
            try {
                text = Ops.str(ts, note);
            } catch (PyException x) {
                sb.append("<note str() failed>\n");
                continue;
            }
            int from = 0;
            while (from < text.length()) {
                int nl = text.indexOf('\n', from);
                int to = nl < 0 ? text.length() : nl + 1;
                sb.append(m).append(text, from, to);
                from = to;
            }
            sb.append('\n');
        }
    }

    /**
     * CPython 3.11's "Did you mean" for a NameError (the names of the innermost traceback frame's locals, then
     * globals, then builtins) or an AttributeError (dir of its {@code obj}), from the exception's {@code name}
     * attribute; null when there is none or anything fails.
     */
    private String suggestion(ThreadState ts, PyBaseException e) {
        try {
            PyObject name = e.attrs == null ? null : e.attrs.getStr("name");
            if (!(name instanceof org.stmj.python.objects.PyStr)) {
                return null;
            }
            String n = ((org.stmj.python.objects.PyStr) name).value();
            if (e.type == Exc.AttributeError) {
                PyObject obj = e.attrs.getStr("obj");
                if (obj == null) {
                    return null;
                }
                PyObject dir = Ops.call(ts, builtins.getStr("dir"), obj);
                return Suggestions.closest(Ops.toArray(ts, dir), n);
            }
            if (e.type != Exc.NameError || e.traceback == null) {
                return null;
            }
            Traceback t = e.traceback;
            while (t.next != null) {
                t = t.next;
            }
            if (!(t.frameId instanceof Frame)) {
                return null;
            }
            Frame f = (Frame) t.frameId;
            PyDict[] spaces = {org.stmj.python.modules.PyFrame.localsOf(f), f.globals, f.builtins};
            for (PyDict d : spaces) {
                if (d != null) {
                    String r = Suggestions.closest(d.keysArray(), n);
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        } catch (PyException x) {
            return null;
        }
    }

    public String exceptionLine(ThreadState ts, PyBaseException e) {
        PyType t = e.type;
        String mod = t.module();
        String name = mod.equals("builtins") || mod.equals("__main__") ? t.qualname : mod + "." + t.qualname;
        String msg;
        try {
            msg = Ops.str(ts, e);
        } catch (PyException x) {
            msg = "<exception str() failed>";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    public String syntaxErrorText(String file, int line, int col, String msg, String kind) {
        return syntaxErrorText(file, line, col, 0, 0, sourceLine(file, line), msg, kind);
    }

    /** A compile error as the interpreter prints it: its source line (the error's own or the file's) and caret. */
    public String syntaxErrorText(PySyntaxError e) {
        // a compiler error whose file has no such line shows none (CPython: -c and exec() code)
        String text = e.text != null || e.textFromFile ? e.text : sourceLine(e.filename, e.line);
        return syntaxErrorText(e.filename, e.line, e.col, e.endLine, e.endCol, text, e.msg, e.kind);
    }

    /**
     * A SyntaxError object as sys.excepthook prints it, from its {@code (filename, lineno, offset, text,
     * end_lineno, end_offset)} (CPython's print_exception_file_and_line): a part that is not an int or str is
     * taken as missing; without text no source line and no caret are printed.
     */
    private String syntaxErrorText(ThreadState ts, PyBaseException e) {
        PyObject[] info = ((PyTuple) e.args.items[1]).items;
        String file = info.length > 0 && info[0] instanceof org.stmj.python.objects.PyStr ? Ops.str(ts, info[0])
                : "<string>";
        int[] n = new int[4];
        int[] at = {1, 2, 4, 5};
        for (int i = 0; i < 4; i++) {
            PyObject v = at[i] < info.length ? info[at[i]] : null;
            n[i] = v instanceof org.stmj.python.objects.PyInt ? (int) ((org.stmj.python.objects.PyInt) v).v : 0;
        }
        String text = info.length > 3 && info[3] instanceof org.stmj.python.objects.PyStr ? Ops.str(ts, info[3])
                : null;
        String msg = e.args.items[0] == Py.None ? "<no detail available>" : Ops.str(ts, e.args.items[0]);
        return syntaxErrorText(file, n[0], n[1], n[2], n[3], text, msg, e.type.name);
    }

    /**
     * The lines of a syntax error: the file and line, the source text with its leading blanks stripped, a caret
     * line from column {@code col} to {@code endCol} (1-based, end exclusive; one caret when the end is unknown,
     * not after the start, or on a later line, which marks up to the end of the text), then "kind: msg".
     */
    static String syntaxErrorText(String file, int line, int col, int endLine, int endCol, String text, String msg,
            String kind) {
        StringBuilder sb = new StringBuilder();
        sb.append("  File \"").append(file).append("\", line ").append(line).append('\n');
        if (text != null) {
            int full = text.length();
            int end = endLine > line ? full : Math.min(endCol, full + 1);
            int k = 0;
            while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '\f')) {
                k++;
            }
            String t = text.substring(k);
            int off = col - 1 - k;
            end -= k;
            int len = t.endsWith("\n") ? t.length() - 1 : t.length();
            off = Math.min(off, len);
            int nl;
            while ((nl = t.indexOf('\n')) >= 0 && nl < len && nl < off) {
                t = t.substring(nl + 1);
                off -= nl + 1;
                end -= nl + 1;
                len -= nl + 1;
            }
            sb.append("    ").append(t, 0, len).append('\n');
            if (off >= 0) {
                int reps = end - 1 > off ? end - 1 - off : 1;
                sb.append("    ").append(" ".repeat(off)).append("^".repeat(reps)).append('\n');
            }
        }
        sb.append(kind).append(": ").append(msg).append('\n');
        return sb.toString();
    }
}
