package org.stmj.python.objects;

/** The built-in exception hierarchy (immutable after class initialisation). */
public final class Exc {
    private Exc() {
    }

    private static final PyType.Ctor CTOR = (ts, cls, args, kw) -> {
        int np = args.length - (kw == null ? 0 : kw.length);
        if (cls == Exc.OSError && np >= 2 && np <= 5 && args[0] instanceof PyInt) {
            // OSError(errno, strerror) constructs the subclass of that errno (FileNotFoundError for 2, ...)
            cls = osErrorSubclass(((PyInt) args[0]).v);
        }
        PyBaseException e = new PyBaseException(cls, java.util.Arrays.copyOf(args, np));
        if (kw != null && kw.length > 0 && (!cls.heap || cls.lookup("__init__") == Exc.BaseException.dict.getStr(
                "__init__"))) {
            // BaseException.__init__ will see these keywords: take the ones it knows, refuse the others
            applyKeywords(e, args, np, kw);
        }
        importErrorFields(e, args, 0, np, kw);
        checkSyntaxErrorArgs(ts, e);
        osErrorFields(e);
        unicodeErrorFields(ts, e);
        return e;
    };

    /**
     * The keyword arguments an exception constructor takes: {@code name} for NameError, AttributeError and
     * ImportError, {@code obj} for AttributeError, {@code path} for ImportError (stored as attributes); any other
     * keyword is a TypeError, as in CPython.
     */
    static void applyKeywords(PyBaseException e, PyObject[] a, int np, String[] kw) {
        boolean named = e.isInstance(NameError) || e.isInstance(AttributeError) || e.isInstance(ImportError);
        for (int i = 0; i < kw.length; i++) {
            String k = kw[i];
            boolean ok = k.equals("name") && named || k.equals("obj") && e.isInstance(AttributeError)
                    || k.equals("path") && e.isInstance(ImportError);
            if (!ok) {
                // CPython's NameError/AttributeError/ImportError __init__ name the built-in class; BaseException's
                // __new__ names the class called
                PyType b = e.type;
                for (PyType t : e.type.mro) {
                    if (!t.heap) {
                        b = t;
                        break;
                    }
                }
                throw named ? Py.typeError("'" + k + "' is an invalid keyword argument for " + b.name + "()")
                        : Py.typeError(e.type.name + "() takes no keyword arguments");
            }
            e.attrs().putStr(k, a[np + i]);
        }
    }

    /**
     * ImportError's {@code msg}, {@code name} and {@code path}, set (or reset to None) by every construction and
     * {@code __init__}: msg is the only positional argument if there is exactly one.
     */
    static void importErrorFields(PyBaseException e, PyObject[] a, int from, int np, String[] kw) {
        if (!e.isInstance(ImportError)) {
            return;
        }
        PyDict d = e.attrs();
        d.putStr("msg", np - from == 1 ? a[from] : Py.None);
        for (String k : new String[] {"name", "path"}) {
            PyObject v = Py.None;
            for (int i = 0; kw != null && i < kw.length; i++) {
                if (kw[i].equals(k)) {
                    v = a[np + i];
                }
            }
            d.putStr(k, v);
        }
    }

    /**
     * An OSError (or subclass) built from Java as {@code t(errno, strerror, filename[, None, filename2])} would be:
     * the filenames are attributes, args only (errno, strerror), so its repr is CPython's.
     */
    public static PyBaseException osError(PyType t, PyObject... args) {
        PyBaseException e = new PyBaseException(t, args);
        osErrorFields(e);
        return e;
    }

    /**
     * OSError(errno, strerror[, filename[, winerror[, filename2]]]) (two to five arguments) sets those attributes,
     * the others None, and keeps only (errno, strerror) as args when a filename is given, as CPython's
     * constructor; with one or more than five arguments all are None and args stay as given.
     */
    static void osErrorFields(PyBaseException e) {
        if (!e.isInstance(OSError)) {
            return;
        }
        PyObject[] a = e.args.items;
        boolean parts = a.length >= 2 && a.length <= 5;
        PyDict d = e.attrs();
        d.putStr("errno", parts ? a[0] : Py.None);
        d.putStr("strerror", parts ? a[1] : Py.None);
        d.putStr("filename", parts && a.length >= 3 ? a[2] : Py.None);
        d.putStr("filename2", parts && a.length == 5 ? a[4] : Py.None);
        if (parts && a.length >= 3 && a[2] != Py.None) {
            e.args = new PyTuple(a[0], a[1]);
        }
    }

    /**
     * UnicodeEncodeError/UnicodeDecodeError(encoding, object, start, end, reason) and UnicodeTranslateError(object,
     * start, end, reason) keep their parts as attributes (a decode error's object as bytes), which str() reads.
     */
    static void unicodeErrorFields(org.stmj.python.vm.ThreadState ts, PyBaseException e) {
        boolean translate = e.isInstance(UnicodeTranslateError);
        if (!translate && !e.isInstance(UnicodeEncodeError) && !e.isInstance(UnicodeDecodeError)) {
            return;
        }
        PyObject[] a = e.args.items;
        int k = translate ? 0 : 1;
        if (a.length != k + 4) {
            return;
        }
        PyDict d = e.attrs();
        PyObject obj = a[k];
        if (e.isInstance(UnicodeDecodeError) && !(obj instanceof PyBytes && obj.type() == Builtins.BYTES)) {
            obj = new PyBytes(PyBytes.fromObject(ts, obj), false);
        }
        d.putStr("encoding", translate ? Py.None : a[0]);
        d.putStr("object", obj);
        d.putStr("start", Ops.toInt(ts, a[k + 1]));
        d.putStr("end", Ops.toInt(ts, a[k + 2]));
        d.putStr("reason", a[k + 3]);
    }

    /**
     * SyntaxError(msg, info): info is (filename, lineno, offset, text) or that with end_lineno and end_offset,
     * anything else a TypeError as in CPython.
     */
    static void checkSyntaxErrorArgs(org.stmj.python.vm.ThreadState ts, PyBaseException e) {
        if (!e.isInstance(SyntaxError) || e.args.items.length != 2) {
            return;
        }
        int n = Ops.toArray(ts, e.args.items[1]).length;
        if (n < 4 || n > 6) {
            throw Py.typeError("function takes " + (n < 4 ? "at least 4" : "at most 6") + " arguments (" + n
                    + " given)");
        }
        if (n == 5) {
            throw Py.typeError("end_offset must be provided when end_lineno is provided");
        }
    }

    private static PyType make(String name, PyType base) {
        PyType t = new PyType(name, base, false, base == null ? CTOR : null);
        t.solid = BaseException == null ? t : BaseException;
        t.ctor = CTOR;
        return t;
    }

    public static final PyType BaseException = make("BaseException", Builtins.OBJECT);
    public static final PyType SystemExit = make("SystemExit", BaseException);
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    public static final PyType Exception = make("Exception", BaseException);
    public static final PyType StopIteration = make("StopIteration", Exception);
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = make("AssertionError", Exception);
    public static final PyType AttributeError = make("AttributeError", Exception);
    public static final PyType BufferError = make("BufferError", Exception);
    public static final PyType EOFError = make("EOFError", Exception);
    public static final PyType ImportError = make("ImportError", Exception);
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = make("LookupError", Exception);
    public static final PyType IndexError = make("IndexError", LookupError);
    public static final PyType KeyError = make("KeyError", LookupError);
    public static final PyType MemoryError = make("MemoryError", Exception);
    public static final PyType NameError = make("NameError", Exception);
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    public static final PyType OSError = make("OSError", Exception);
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    public static final PyType PermissionError = make("PermissionError", OSError);
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    public static final PyType TabError = make("TabError", IndentationError);
    public static final PyType SystemError = make("SystemError", Exception);
    public static final PyType TypeError = make("TypeError", Exception);
    public static final PyType ValueError = make("ValueError", Exception);
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    public static final PyType Warning = make("Warning", Exception);
    public static final PyType UserWarning = make("UserWarning", Warning);
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);

    /** Exception groups (PEP 654): see ExceptionGroups. ExceptionGroup's bases are (BaseExceptionGroup, Exception). */
    public static final PyType BaseExceptionGroup = makeGroup("BaseExceptionGroup", BaseException);
    public static final PyType ExceptionGroup = makeGroup("ExceptionGroup", BaseExceptionGroup);

    private static PyType makeGroup(String name, PyType base) {
        PyType t = make(name, base);
        if (base == BaseException) {
            t.solid = t;
        } else {
            t.solid = base;
            t.bases = new PyType[] {base, Exception};
            t.mro = new PyType[] {t, base, Exception, BaseException, Builtins.OBJECT};
            t.modified();
        }
        t.ctor = ExceptionGroups.CTOR;
        return t;
    }

    public static final PyType[] ALL = {BaseExceptionGroup, ExceptionGroup, BaseException, SystemExit,
            KeyboardInterrupt, GeneratorExit, Exception,
        StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError,
        AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError,
        IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError,
        FileExistsError, PermissionError, IsADirectoryError, TimeoutError, ReferenceError, RuntimeError,
        NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError, SystemError, TypeError,
        ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning,
        DeprecationWarning, RuntimeWarning, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
        ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, InterruptedError, NotADirectoryError,
        ProcessLookupError, UnicodeTranslateError, PendingDeprecationWarning, SyntaxWarning, FutureWarning,
        ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning};

    static {
        PyType b = BaseException;
        Methods.addMethod(b, "__init__", (ts, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length, np = a.length - nkw;
            PyBaseException e = (PyBaseException) a[0];
            e.args = new PyTuple(java.util.Arrays.copyOfRange(a, 1, np));
            if (nkw > 0) {
                applyKeywords(e, a, np, kw);
            }
            importErrorFields(e, a, 1, np, kw);
            checkSyntaxErrorArgs(ts, e);
            osErrorFields(e);
            unicodeErrorFields(ts, e);
            return Py.None;
        });
        Methods.addStaticMethod(b, "__new__", (ts, a, kw) -> new PyBaseException((PyType) a[0],
                java.util.Arrays.copyOfRange(a, 1, a.length - (kw == null ? 0 : kw.length))));
        Methods.addMethod(b, "__str__", (ts, a, kw) -> Py.str(a[0].str(ts)));
        Methods.addMethod(b, "__repr__", (ts, a, kw) -> Py.str(a[0].repr(ts)));
        Methods.addMethod(b, "with_traceback", 1, 1, (ts, a, kw) -> {
            Ops.setattr(ts, a[0], "__traceback__", a[1]);
            return a[0];
        });
        // pickle and copy: (type(self), self.args[, self.__dict__]), the dict restored by __setstate__
        Methods.addMethod(b, "__reduce__", 0, 0, (ts, a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyDict d = e.attrs;
            return d == null || d.size() == 0 ? new PyTuple(e.type(), e.args) : new PyTuple(e.type(), e.args, d);
        });
        Methods.addMethod(b, "__setstate__", 1, 1, (ts, a, kw) -> {
            if (a[1] != Py.None) {
                if (!(a[1] instanceof PyDict)) {
                    throw Py.typeError("state is not a dictionary");
                }
                PyObject items = Ops.call(ts, Ops.getattr(ts, a[1], "items"));
                for (PyObject kv : Ops.toArray(ts, items)) {
                    PyObject[] p = ((PyTuple) kv).items;
                    Ops.setattr(ts, a[0], Ops.str(ts, p[0]), p[1]);
                }
            }
            return Py.None;
        });
        ExceptionAttr.install(b);
        ExceptionGroups.install();
    }

    /** The subclass OSError(errno, strerror) constructs for an errno, as CPython's (OSError itself if none). */
    static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 11: case 114: case 115: return BlockingIOError;
            case 10: return ChildProcessError;
            case 32: case 108: return BrokenPipeError;
            case 103: return ConnectionAbortedError;
            case 111: return ConnectionRefusedError;
            case 104: return ConnectionResetError;
            case 17: return FileExistsError;
            case 2: return FileNotFoundError;
            case 21: return IsADirectoryError;
            case 20: return NotADirectoryError;
            case 4: return InterruptedError;
            case 1: case 13: return PermissionError;
            case 3: return ProcessLookupError;
            case 110: return TimeoutError;
            default: return OSError;
        }
    }

    /**
     * The exception that {@code gen.throw(typ, val)} (and {@code coro.throw}, {@code athrow}) raises, from the
     * arguments {@code a[i]} (type or instance) and {@code a[i+1]} (value), as CPython normalises them: a class with
     * a value that is already an instance of it raises that instance; with no value (or None) the class is called
     * without arguments, with a tuple on its items, otherwise on the value. An instance with a value is refused.
     */
    public static PyBaseException forThrow(org.stmj.python.vm.ThreadState ts, PyObject[] a, int i) {
        PyObject e = a[i];
        PyObject v = i + 1 < a.length ? a[i + 1] : null;
        if (e instanceof PyType && ((PyType) e).isSubtype(BaseException)) {
            PyObject cls = e;
            if (v instanceof PyBaseException && ((PyBaseException) v).isInstance((PyType) e)) {
                e = v;
            } else if (v == null || v == Py.None) {
                e = Ops.call(ts, e, new PyObject[0], null);
            } else if (v instanceof PyTuple) {
                e = Ops.call(ts, e, ((PyTuple) v).items, null);
            } else {
                e = Ops.call(ts, e, new PyObject[] {v}, null);
            }
            if (!(e instanceof PyBaseException)) {
                // the class's constructor returned something else: this TypeError is what gets thrown in
                return new PyBaseException(TypeError, Py.str("calling " + Ops.repr(ts, cls)
                        + " should have returned an instance of BaseException, not " + e.type().name));
            }
        } else if (e instanceof PyBaseException && v != null && v != Py.None) {
            throw Py.typeError("instance exception may not have a separate value");
        }
        if (!(e instanceof PyBaseException)) {
            throw Py.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + e.type().name);
        }
        return (PyBaseException) e;
    }
}
