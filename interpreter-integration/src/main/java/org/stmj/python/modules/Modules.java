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

    /**
     * A module function taking {@code min..max} positional arguments and no keywords; other calls raise CPython's
     * TypeError before {@code f} runs.
     */
    static void fn(PyDict d, String name, int min, int max, PyBuiltin.Native f) {
        d.putStr(name, new PyBuiltin(name, f, null, null, min, max, false));
    }

    /**
     * sys.executable: the launcher that runs this interpreter (so that subprocess can start another), from the
     * system property stmj.executable, else the repository's bin/stmpy next to the jar, else "stmpy".
     */
    static String executable() {
        String p = System.getProperty("stmj.executable");
        if (p != null) {
            return p;
        }
        try {
            java.security.CodeSource cs = Modules.class.getProtectionDomain().getCodeSource();
            if (cs != null) {
                java.nio.file.Path jar = java.nio.file.Path.of(cs.getLocation().toURI());
                java.nio.file.Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null
                        : jar.getParent().getParent().getParent();
                if (root != null && java.nio.file.Files.isExecutable(root.resolve("bin/stmpy"))) {
                    return root.resolve("bin/stmpy").toString();
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no launcher found
        }
        return "stmpy";
    }

    public static PyModule makeSys(Interpreter in) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("sys", d);
        PyObject[] av = new PyObject[in.argv.length];
        for (int i = 0; i < av.length; i++) {
            av[i] = Py.str(in.argv[i]);
        }
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
        d.putStr("version_info",
                structSeq(VERSION_INFO, Py.newInt(3), Py.newInt(11), Py.newInt(7), Py.str("final"), Py.newInt(0)));
        d.putStr("executable", Py.str(executable()));
        d.putStr("maxunicode", Py.newInt(0x10ffff));
        d.putStr("float_info", structSeq(FLOAT_INFO, Py.newFloat(Double.MAX_VALUE), Py.newInt(1024), Py.newInt(308),
                Py.newFloat(Double.MIN_NORMAL), Py.newInt(-1021), Py.newInt(-307), Py.newInt(15), Py.newInt(53),
                Py.newFloat(Math.ulp(1.0)), Py.newInt(2), Py.newInt(1)));
        fn(d, "exit", (ts, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Py.typeError("sys.exit() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw Py.typeError("exit expected at most 1 argument, got " + a.length);
            }
            // PyErr_SetObject(SystemExit, status): None raises SystemExit(), a tuple is the exception's args
            PyObject[] args = a.length == 0 || a[0] == Py.None ? Py.EMPTY
                    : a[0] instanceof PyTuple ? ((PyTuple) a[0]).items.clone() : a;
            throw new PyException(new PyBaseException(Exc.SystemExit, args));
        });
        org.stmj.python.objects.PyInt.installSys(d);
        org.stmj.python.vm.AsyncOps.installSys(d);
        fn(d, "getrecursionlimit", (ts, a, kw) -> Py.newInt(ts.interp.recursionLimit));
        fn(d, "setrecursionlimit", (ts, a, kw) -> {
            long n = Ops.toInt(ts, a[0]).v;
            if (n < 1) {
                throw Py.valueError("recursion limit must be greater or equal than 1");
            }
            ts.interp.recursionLimit = (int) Math.min(n, 1_000_000);
            return Py.None;
        });
        fn(d, "getswitchinterval", (ts, a, kw) -> Py.newFloat(ts.interp.gil.getSwitchInterval()));
        fn(d, "setswitchinterval", (ts, a, kw) -> {
            double v = Ops.toDouble(ts, a[0]);
            if (v <= 0) {
                throw Py.valueError("switch interval must be strictly positive");
            }
            ts.interp.gil.setSwitchInterval(v);
            return Py.None;
        });
        fn(d, "exc_info", (ts, a, kw) -> {
            PyBaseException e = ts.excInfo;
            if (e == null) {
                return new PyTuple(Py.None, Py.None, Py.None);
            }
            return new PyTuple(e.type(), e, e.traceback == null ? Py.None : e.traceback);
        });
        fn(d, "exception", (ts, a, kw) -> ts.excInfo == null ? Py.None : ts.excInfo);
        fn(d, "getsizeof", (ts, a, kw) -> {
            // CPython's: the object's __sizeof__() (the built-in types answer fixed estimates)
            PyObject[] p = org.stmj.python.objects.Args.parse("getsizeof", a, kw,
                    new String[] {"object", "default"}, 1);
            PyObject sz = p[0].type().lookup("__sizeof__");
            if (sz == null) {
                if (p[1] != null) {
                    return p[1];
                }
                throw Py.typeError("Type " + p[0].type().name + " doesn't define __sizeof__");
            }
            PyObject r = Ops.call(ts, Ops.bindDescr(ts, sz, p[0], p[0].type()));
            if (!(r instanceof org.stmj.python.objects.PyInt)) {
                throw Py.typeError("an integer is required");
            }
            if (((org.stmj.python.objects.PyInt) r).signum() < 0) {
                throw Py.valueError("__sizeof__() should return >= 0");
            }
            return r;
        });
        fn(d, "intern", (ts, a, kw) -> a[0]);
        fn(d, "getdefaultencoding", (ts, a, kw) -> Py.str("utf-8"));
        fn(d, "_getframe", (ts, a, kw) -> {
            long depth = a.length > 0 ? Ops.toInt(ts, a[0]).v : 0;
            org.stmj.python.vm.Frame f = ts.frame;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back;
            }
            if (f == null) {
                throw Py.valueError("call stack is not deep enough");
            }
            return PyFrame.of(f);
        });
        completeSys(in, d);
        return m;
    }

    static final org.stmj.python.objects.PyType VERSION_INFO = structSeqType("sys.version_info", "major", "minor",
            "micro", "releaselevel", "serial");
    static final org.stmj.python.objects.PyType FLOAT_INFO = structSeqType("sys.float_info", "max", "max_exp",
            "max_10_exp",
            "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");

    /** sys.UnraisableHookArgs: what sys.unraisablehook gets (Interpreter.writeUnraisable). */
    static final org.stmj.python.objects.PyType UNRAISABLE_ARGS = structSeqType("sys.UnraisableHookArgs", "exc_type",
            "exc_value", "exc_traceback", "err_msg", "object");

    /** The argument of sys.unraisablehook for exception e (its type, itself, its traceback) raised in obj. */
    public static PyObject unraisableArgs(org.stmj.python.objects.PyBaseException e, PyObject errMsg, PyObject obj) {
        PyObject tb = e.traceback == null ? Py.None : e.traceback;
        return structSeq(UNRAISABLE_ARGS, e.type(), e, tb, errMsg, obj);
    }

    /** CPython 3.11's {@code sys.stdlib_module_names} (Linux build): the names of its standard library's modules. */
    private static final String STDLIB_MODULE_NAMES =
            "__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootsubprocess _bz2 _codecs _codecs_cn "
            + "_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc "
            + "_compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel _datetime _dbm "
            + "_decimal _elementtree _frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq "
            + "_imp _io _json _locale _lsprof _lzma _markupbase _md5 _msi _multibytecodec _multiprocessing _opcode "
            + "_operator _osx_support _overlapped _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio "
            + "_queue _random _scproxy _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl "
            + "_stat _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter _tokenize "
            + "_tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc aifc antigravity "
            + "argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 "
            + "cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall "
            + "concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes curses dataclasses "
            + "datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler "
            + "fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext "
            + "glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io "
            + "ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math "
            + "mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path "
            + "numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil "
            + "platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc "
            + "pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter runpy sched secrets "
            + "select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd "
            + "sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess "
            + "sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios textwrap this "
            + "threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle "
            + "turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser "
            + "winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo ";

    private static PyObject stdlibModuleNames() {
        org.stmj.python.objects.PySet s = new org.stmj.python.objects.PySet(true);
        for (String n : STDLIB_MODULE_NAMES.trim().split(" ")) {
            s.add(null, Py.str(n));
        }
        return s;
    }

    /** A tuple type whose fields also have names (CPython's structseq); immutable after class initialisation. */
    static org.stmj.python.objects.PyType structSeqType(String name, String... fields) {
        org.stmj.python.objects.PyType t = new org.stmj.python.objects.PyType(name.substring(name.indexOf('.') + 1),
                org.stmj.python.objects.Builtins.TUPLE, false, null);
        t.dict.putStr("__module__", Py.str(name.substring(0, name.indexOf('.'))));
        for (int i = 0; i < fields.length; i++) {
            int idx = i;
            String field = fields[i];
            // fields past n_sequence_fields live in the tuple's attrs (see structSeq), as CPython's structseq
            org.stmj.python.objects.PyProperty p = new org.stmj.python.objects.PyProperty(new PyBuiltin(fields[i],
                    (ts, a, kw) -> {
                        PyTuple tp = (PyTuple) a[0];
                        if (idx < tp.items.length) {
                            return tp.items[idx];
                        }
                        PyObject v = tp.attrs == null ? null : tp.attrs.getStr(field);
                        return v == null ? Py.None : v;
                    }), null, null, Py.None);
            p.cReadonly(t, true);  // CPython's structseq fields are read-only members
            t.dict.putStr(fields[i], p);
        }
        PyObject[] fs = new PyObject[fields.length];
        for (int i = 0; i < fs.length; i++) {
            fs[i] = Py.str(fields[i]);
        }
        t.dict.putStr("_fields", new PyTuple(fs));
        t.dict.putStr("n_fields", Py.newInt(fields.length));
        t.dict.putStr("n_sequence_fields", Py.newInt(fields.length));
        return t;
    }

    static PyTuple structSeq(org.stmj.python.objects.PyType t, PyObject... items) {
        // CPython's structseq: only the first n_sequence_fields items are the tuple (len, unpacking, repr); the
        // rest (time.struct_time's tm_zone and tm_gmtoff, os.stat_result's float times) are attributes only
        PyObject n = t.dict.getStr("n_sequence_fields");
        int visible = n instanceof org.stmj.python.objects.PyInt ? (int) ((org.stmj.python.objects.PyInt) n).v
                : items.length;
        if (visible >= items.length) {
            PyTuple r = new PyTuple(items);
            r.type = t;
            return r;
        }
        PyTuple r = new PyTuple(java.util.Arrays.copyOf(items, visible));
        r.type = t;
        r.attrs = new PyDict();
        PyObject fs = t.dict.getStr("_fields");
        PyObject[] names = ((PyTuple) fs).items;
        for (int i = visible; i < items.length; i++) {
            r.attrs.putStr(((org.stmj.python.objects.PyStr) names[i]).value(), items[i]);
        }
        return r;
    }

    /** A read-only record with named fields (sys.flags, sys.hash_info, ...): a module object used as a namespace. */
    static PyModule record(String name, Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            PyObject pv = v instanceof Integer ? Py.newInt((Integer) v) : v instanceof Long ? Py.newInt((Long) v)
                    : v instanceof String ? Py.str((String) v) : v instanceof Boolean ? Py.bool((Boolean) v)
                    : (PyObject) v;
            d.putStr((String) kv[i], pv);
        }
        return new PyModule(name, d);
    }

    /**
     * A read-only record as CPython's structseq ({@code sys.flags}, {@code sys.hash_info}, ...): a tuple of type
     * {@code name} (dotted: module and type) whose fields are read-only by name and by index.
     */
    static PyTuple recordSeq(String name, Object... kv) {
        String[] fields = new String[kv.length / 2];
        PyObject[] items = new PyObject[kv.length / 2];
        PyModule m = record(name, kv);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = (String) kv[2 * i];
            items[i] = m.dict.getStr(fields[i]);
        }
        org.stmj.python.objects.PyType t = structSeqType(name, fields);
        if (name.equals("sys.flags")) {
            t.ctor = (ts, cls, a, kw) -> {
                throw Py.typeError("cannot create 'sys.flags' instances");
            };
        }
        return structSeq(t, items);
    }

    /** Sets field {@code name} of a record made by {@link #recordSeq} (start-up only, before any code sees it). */
    public static void setRecordField(PyTuple record, String name, PyObject v) {
        PyObject[] names = ((PyTuple) record.type().dict.getStr("_fields")).items;
        for (int i = 0; i < names.length; i++) {
            if (((org.stmj.python.objects.PyStr) names[i]).value().equals(name)) {
                record.items[i] = v;
                return;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** What unittest, logging, argparse, warnings, inspect and traceback read from sys beyond the basics. */
    static void completeSys(Interpreter in, PyDict d) {
        d.putStr("warnoptions", new PyList());
        d.putStr("_xoptions", new PyDict());
        d.putStr("flags", recordSeq("sys.flags", "debug", 0, "inspect", 0, "interactive", 0, "optimize", 0,
                "dont_write_bytecode", 1, "no_user_site", 0, "no_site", 0, "ignore_environment", 0, "verbose", 0,
                "bytes_warning", 0, "quiet", 0, "hash_randomization", 1, "isolated", 0, "dev_mode", Py.False,
                "utf8_mode", 1, "warn_default_encoding", 0, "safe_path", Py.False, "int_max_str_digits", 4300));
        d.putStr("dont_write_bytecode", Py.True);
        d.putStr("hexversion", Py.newInt(0x030b07f0));
        d.putStr("api_version", Py.newInt(1013));
        d.putStr("abiflags", Py.str(""));
        for (String k : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            d.putStr(k, Py.str("/stmj"));
        }
        d.putStr("platlibdir", Py.str("lib"));
        d.putStr("pycache_prefix", Py.None);
        d.putStr("float_repr_style", Py.str("short"));
        d.putStr("meta_path", new PyList());
        d.putStr("path_hooks", new PyList());
        d.putStr("path_importer_cache", new PyDict());
        d.putStr("copyright", Py.str("Copyright (c) 2001-2023 Python Software Foundation.\nstmj: a Python in Java."));
        d.putStr("orig_argv", new PyList(new PyObject[] {Py.str("stmpy")}));
        d.putStr("hash_info", recordSeq("sys.hash_info", "width", 64, "modulus", (1L << 61) - 1, "inf", 314159,
                "nan", 0, "imag", 1000003, "algorithm", "siphash13", "hash_bits", 64, "seed_bits", 128, "cutoff", 0));
        d.putStr("int_info", recordSeq("sys.int_info", "bits_per_digit", 30, "sizeof_digit", 4,
                "default_max_str_digits", 4300, "str_digits_check_threshold", 640));
        d.putStr("thread_info", recordSeq("sys.thread_info", "name", "pthread", "lock", "mutex+cond", "version",
                Py.None));
        String[] builtinNames = {"_sre", "_thread", "_random", "_transaction", "builtins", "gc", "math", "sys", "time",
            "posix", "_warnings", "_weakref", "_io", "_abc", "_codecs", "_collections", "_string", "_ast", "_imp",
            "marshal", "errno", "atexit", "itertools", "array", "_struct", "_stmj_struct", "_contextvars", "_functools",
            "binascii",
            "zlib", "_hashlib", "_md5", "_sha1", "_sha256", "_sha512", "_sha3", "_blake2", "unicodedata", "_locale",
            "_heapq", "_bisect", "_queue", "_posixsubprocess", "select", "_statistics", "pwd"};
        PyObject[] bn = new PyObject[builtinNames.length];
        for (int i = 0; i < bn.length; i++) {
            bn[i] = Py.str(builtinNames[i]);
        }
        d.putStr("builtin_module_names", new PyTuple(bn));
        fn(d, "getfilesystemencoding", (ts, a, kw) -> Py.str("utf-8"));
        fn(d, "getfilesystemencodeerrors", (ts, a, kw) -> Py.str("surrogateescape"));
        fn(d, "getrefcount", (ts, a, kw) -> Py.newInt(2));
        fn(d, "is_finalizing", (ts, a, kw) -> Py.False);
        fn(d, "audit", (ts, a, kw) -> Py.None);
        fn(d, "addaudithook", (ts, a, kw) -> Py.None);
        SysTrace.install(in, d);
        fn(d, "call_tracing", (ts, a, kw) -> Ops.call(ts, a[0], Ops.toArray(ts, a[1]), null));
        fn(d, "getallocatedblocks", (ts, a, kw) -> Py.newInt(0));
        fn(d, "_clear_type_cache", (ts, a, kw) -> Py.None);
        fn(d, "get_coroutine_origin_tracking_depth", (ts, a, kw) -> Py.newInt(0));
        fn(d, "set_coroutine_origin_tracking_depth", (ts, a, kw) -> Py.None);
        fn(d, "displayhook", (ts, a, kw) -> {
            if (a[0] == Py.None) {
                return Py.None;
            }
            in.builtins.putStr("_", a[0]);
            in.writeStdout(ts, Ops.repr(ts, a[0]) + "\n");
            return Py.None;
        });
        fn(d, "excepthook", (ts, a, kw) -> {
            if (a.length > 1 && a[1] instanceof org.stmj.python.objects.PyBaseException) {
                in.stdout.flush(ts);
                String text = in.formatException(ts, (org.stmj.python.objects.PyBaseException) a[1]);
                // to the current sys.stderr (a program or test may have replaced it), as CPython's
                PyObject err = d.getStr("stderr");
                if (err == null || err == Py.None) {
                    in.stderr.write(ts, text);
                } else {
                    Ops.callMethod(ts, err, "write", Py.str(text));
                }
            }
            return Py.None;
        });
        d.putStr("__displayhook__", d.getStr("displayhook"));
        d.putStr("__excepthook__", d.getStr("excepthook"));
        fn(d, "unraisablehook", (ts, a, kw) -> {
            if (a.length != 1 || a[0].type() != UNRAISABLE_ARGS) {
                throw Py.typeError("sys.unraisablehook argument type must be UnraisableHookArgs");
            }
            PyObject[] f = ((PyTuple) a[0]).items;
            in.printUnraisable(ts, f[1] instanceof org.stmj.python.objects.PyBaseException
                    ? (org.stmj.python.objects.PyBaseException) f[1] : null, f[3], f[4]);
            return Py.None;
        });
        d.putStr("__unraisablehook__", d.getStr("unraisablehook"));
        d.putStr("UnraisableHookArgs", UNRAISABLE_ARGS);
        d.putStr("stdlib_module_names", stdlibModuleNames());
        d.putStr("implementation", record("sys.implementation", "name", "stmj", "cache_tag", Py.None,
                "version", d.getStr("version_info"), "hexversion", 0x030b07f0, "_multiarch", "x86_64-linux-gnu"));
        d.putStr("ps1", Py.str(">>> "));
        d.putStr("ps2", Py.str("... "));
    }

    /** A built-in (Java) module by name, or null; its functions' __module__ is the module's name. */
    public static PyModule builtinModule(Interpreter in, ThreadState ts, String name) {
        PyModule m = makeBuiltin(in, ts, name);
        if (m != null) {
            nameFunctions(m.dict, name);
        }
        return m;
    }

    /** Gives the module-level built-in functions of a module's dict that have none the __module__ {@code name}. */
    public static void nameFunctions(PyDict d, String name) {
        for (int p = d.nextEntry(0); p >= 0; p = d.nextEntry(p + 1)) {
            PyObject v = d.valueAt(p);
            if (v instanceof PyBuiltin && ((PyBuiltin) v).self == null && ((PyBuiltin) v).owner == null
                    && ((PyBuiltin) v).module == null) {
                ((PyBuiltin) v).module = name;
            }
        }
    }

    /**
     * _stmj: helpers for the interpreter's own library modules. builtin(func) wraps a Python function as a
     * built-in function (not a descriptor: stored in a class, it does not bind), the way C accelerator functions
     * behave (a test class's {@code reduce = c_functools.reduce} then calls it unbound).
     */
    static PyModule makeStmj() {
        PyDict d = new PyDict();
        fn(d, "builtin", 1, 1, (ts, a, kw) -> {
            PyObject f = a[0];
            PyBuiltin b = new PyBuiltin(Ops.str(ts, Ops.getattr(ts, f, "__name__")),
                    (ts2, a2, kw2) -> Ops.call(ts2, f, a2, kw2));
            PyObject m = Ops.getattrOrNull(ts, f, "__module__");
            b.module = m instanceof org.stmj.python.objects.PyStr ? ((org.stmj.python.objects.PyStr) m).value() : null;
            return b;
        });
        // collections.Counter's tally loop (CPython's _collections._count_elements): on a dict (or subclass) whose
        // get and __setitem__ are dict's own, the dict's lookups directly; else the mapping's get and __setitem__
        fn(d, "_count_elements", 2, 2, (ts, a, kw) -> {
            PyObject mapping = a[0];
            PyObject it = Ops.iter(ts, a[1]);
            PyObject one = Py.newInt(1);
            org.stmj.python.objects.PyType t = mapping.type();
            org.stmj.python.objects.PyType dt = org.stmj.python.objects.Builtins.DICT;
            if (mapping instanceof PyDict && t.lookup("get") == dt.lookup("get")
                    && t.lookup("__setitem__") == dt.lookup("__setitem__")) {
                PyDict dict = (PyDict) mapping;
                for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                    PyObject old = dict.get(ts, x);
                    dict.put(ts, x, old == null ? one : Ops.binary(ts, Ops.ADD, old, one));
                }
            } else {
                PyObject get = Ops.getattr(ts, mapping, "get");
                PyObject zero = Py.newInt(0);
                for (PyObject x; (x = Ops.next(ts, it)) != null; ) {
                    Ops.setitem(ts, mapping, x, Ops.binary(ts, Ops.ADD, Ops.call(ts, get, x, zero), one));
                }
            }
            return Py.None;
        });
        // the text of a module of the library roots that are not directories ('<stdlib>/json/__init__.py'), or
        // None: the source behind their loaders' get_source (linecache, tracebacks, inspect)
        fn(d, "library_source", 1, 1, (ts, a, kw) -> {
            String src = Library.sourceOf(Ops.str(ts, a[0]));
            return src == null ? Py.None : Py.str(src);
        });
        // the modules and packages of a directory of the library roots that are not directories, as (name,
        // ispkg) pairs in name order, or None for any other path: what pkgutil's iter_modules lists for them
        fn(d, "library_list", 1, 1, (ts, a, kw) -> {
            java.util.SortedMap<String, Boolean> l = Library.listing(Ops.str(ts, a[0]));
            if (l == null) {
                return Py.None;
            }
            PyList out = new PyList();
            l.forEach((n, pkg) -> out.append(new PyTuple(new PyObject[] {Py.str(n), Py.bool(pkg)})));
            return out;
        });
        // c_type_name(cls, 'datetime.date'): a class standing in for a C type takes that type's dotted tp_name,
        // which CPython's messages show ("unsupported operand type(s) for +: 'datetime.date' and 'int'")
        fn(d, "c_type_name", 2, 2, (ts, a, kw) -> {
            if (!(a[0] instanceof org.stmj.python.objects.PyType)) {
                throw Py.typeError("c_type_name() argument 1 must be a class");
            }
            org.stmj.python.objects.PyType t = (org.stmj.python.objects.PyType) a[0];
            t.name = Ops.str(ts, a[1]);
            t.cName = true;
            return Py.None;
        });
        // c_readonly(prop, cls, 'getset'|'member'): a read-only property standing in for a C type's attribute fails
        // as the C type's ("attribute 'year' of 'datetime.date' objects is not writable", "readonly attribute")
        fn(d, "c_readonly", 3, 3, (ts, a, kw) -> {
            if (!(a[0] instanceof org.stmj.python.objects.PyProperty)
                    || !(a[1] instanceof org.stmj.python.objects.PyType)) {
                throw Py.typeError("c_readonly() takes a property and a class");
            }
            ((org.stmj.python.objects.PyProperty) a[0]).cReadonly((org.stmj.python.objects.PyType) a[1],
                    Ops.str(ts, a[2]).equals("member"));
            return Py.None;
        });
        // functools' C accelerator type (_functools takes it from here)
        d.putStr("_lru_cache_wrapper", org.stmj.python.objects.PyLruCache.TYPE);
        return new PyModule("_stmj", d);
    }

    private static PyModule makeBuiltin(Interpreter in, ThreadState ts, String name) {
        switch (name) {
            case "time": return TimeModule.make();
            case "math": return MathModule.make();
            case "_random": return RandomModule.make();
            case "_thread": return ThreadModule.make(in);
            case "_transaction": return TransactionModule.make(in);
            case "posix": return PosixModule.make(in, ts);
            case "_sre": return SreModule.make();
            case "_posixsubprocess": return ProcessModule.makePosixsubprocess();
            case "_stmj": return makeStmj();
            case "select": return ProcessModule.makeSelect();
            case "_stmj_struct": return StructModule.make(ts);
            case "binascii": return BinasciiModule.make(ts);
            case "zlib": return ZlibModule.make(ts);
            case "_hashlib": return HashModule.makeHashlib(ts);
            case "_md5": case "_sha1": case "_sha256": case "_sha512": case "_sha3": case "_blake2":
                return HashModule.makeBuiltin(ts, name);
            case "unicodedata": return UnicodedataModule.make(ts);
            case "gc": return GcModule.make(ts);
            case "_heapq": return HeapqBisectModule.makeHeapq();
            case "_json": return JsonModule.make();
            case "_bisect": return HeapqBisectModule.makeBisect();
            case "_statistics": return StatisticsModule.make(ts);
            case "pwd": return AccountsModule.makePwd();
            case "grp": return AccountsModule.makeGrp();
            case "resource": return ResourceModule.make();
            case "_queue": return QueueModule.make(ts);
            case "itertools": return ItertoolsModule.make(ts);
            case "_stmj_deque": return org.stmj.python.objects.DequeMethods.module();
            case "_stmj_weakref": return GcModule.makeWeakrefCore(ts);
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
        if (pp != null) {
            for (String e : pp.split(":")) {
                if (!e.isEmpty()) {
                    l.append(Py.str(e));
                }
            }
        }
        l.append(Py.str(Library.OWN));
        l.append(Py.str(Library.STDLIB));
        return l;
    }

    /**
     * Runs a file-system action with the GIL released, and raises what it raised only after the GIL is back: an
     * exception must not leave a {@code @GilReleased} call (under STM the call runs outside any transaction, and
     * a Python exception escaping it cannot be validated).
     */
    @SuppressWarnings("unchecked")
    public static <T> T io(ThreadState ts, org.stmj.python.vm.Gil.Blocking<T> action) {
        Object[] box = ts.interp.gil.blocking(ts, () -> {
            try {
                return new Object[] {action.run(), null};
            } catch (RuntimeException e) {
                return new Object[] {null, e};
            }
        });
        if (box[1] != null) {
            throw (RuntimeException) box[1];
        }
        return (T) box[0];
    }

    /** The channel behind an os-level file descriptor (from posix.open), or null. */
    public static java.nio.channels.FileChannel fdChannel(int fd) {
        return PosixModule.FDS.get(fd);
    }

    /**
     * A new descriptor of the os-level table for a channel open() opened by name, so that {@code f.fileno()} is a
     * descriptor {@code os.fstat}, {@code os.close} and {@code open(fd)} accept, as in CPython.
     */
    public static int registerFd(java.nio.channels.FileChannel ch, String path) {
        int fd = PosixModule.NEXT_FD.getAndIncrement();
        PosixModule.FDS.put(fd, ch);
        ProcessModule.FD_PATHS.put(fd, java.nio.file.Path.of(path).toAbsolutePath().toString());
        return fd;
    }

    /** Drops the descriptor fd from the table if it still names ch (a file object closing its own descriptor). */
    public static void releaseFd(int fd, java.nio.channels.FileChannel ch) {
        if (PosixModule.FDS.remove(fd, ch)) {
            ProcessModule.FD_PATHS.remove(fd);
        }
    }

    /** A file-system path from str, bytes or an os.PathLike. */
    public static String fsPath(ThreadState ts, PyObject p) {
        return PosixModule.path(ts, p);
    }

    /** Calls a Python callable from Java (module helpers). */
    static PyObject call(ThreadState ts, PyObject f, PyObject... args) {
        return Ops.call(ts, f, args, null);
    }

    static Interp unused() {
        return null;
    }
}
