package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** Attributes computed from the Java representation (__class__, __dict__, __name__, args, ...). */
final class Attrs {
    private Attrs() {
    }

    static PyObject special(ThreadState ts, PyObject o, String name) {
        switch (name) {
            case "__class__": return o.type();
            case "__dict__": {
                PyDict d = o.attrs();
                return d;
            }
            case "__doc__":
                if (o instanceof PyFunction) {
                    return ((PyFunction) o).doc;
                }
                if (o instanceof PyMethod) {
                    // a bound method's doc is its function's
                    PyObject fd = Ops.getattrOrNull(ts, ((PyMethod) o).func, "__doc__");
                    return fd == null ? Py.None : fd;
                }
                if (o instanceof PyProperty) {
                    PyProperty p = (PyProperty) o;
                    if (p.doc != Py.None) {
                        return p.doc;
                    }
                    return p.fget instanceof PyFunction ? ((PyFunction) p.fget).doc : Py.None;
                }
                if (o instanceof PyBuiltin && ((PyBuiltin) o).owner != null) {
                    String sd = SlotDocs.of(((PyBuiltin) o).name);
                    if (sd != null) {
                        return Py.str(sd);
                    }
                }
                if (o instanceof PyBuiltin && "builtins".equals(((PyBuiltin) o).module)) {
                    String fd = BuiltinDocs.function(((PyBuiltin) o).name);
                    return fd != null ? Py.str(fd) : Py.None;
                }
                if (o.type().lookup("__doc__") != null) {
                    return o.type().lookup("__doc__");
                }
                String td = BuiltinDocs.type(o.type()); // an instance of a built-in type has its type's doc
                return td != null ? Py.str(td) : Py.None;
            default:
        }
        if (o instanceof PyDictView && name.equals("mapping")) {
            return new PyMappingProxy(((PyDictView) o).d);
        }
        if (o instanceof PyFunction) {
            PyFunction f = (PyFunction) o;
            switch (name) {
                case "__name__": return Py.str(f.name);
                case "__qualname__": return Py.str(f.qualname);
                case "__module__": {
                    PyObject m = f.attrs != null ? f.attrs.getStr("__module__") : null;
                    if (m != null) {
                        return m;
                    }
                    m = f.globals.getStr("__name__");
                    return m == null ? Py.None : m;
                }
                case "__defaults__": return f.defaults == null || f.defaults.length == 0 ? Py.None
                        : new PyTuple(f.defaults.clone());
                case "__kwdefaults__": return f.kwdefaults == null ? Py.None : f.kwdefaults;
                case "__globals__": return f.globals;
                case "__closure__": return f.closure == null ? Py.None : new PyTuple(f.closure.clone());
                case "__code__": return f.code;
                case "__annotations__":
                    if (f.annotations == null) {
                        f.annotations = new PyDict();
                    }
                    return f.annotations;
                default: return null;
            }
        }
        if (o instanceof PyMethod) {
            PyMethod m = (PyMethod) o;
            switch (name) {
                case "__self__": return m.self;
                case "__func__": return m.func;
                default: return Ops.getattrOrNull(ts, m.func, name);
            }
        }
        if (o instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) o;
            switch (name) {
                case "__name__": return Py.str(b.name);
                case "__qualname__": {
                    PyType ot = ownerType(b);
                    return Py.str(ot == null ? b.name : ot.qualname + "." + b.name);
                }
                case "__objclass__": return ownerType(b);
                case "__self__": return b.self == null ? Py.None : b.self;
                case "__module__": return b.module == null ? Py.None : Py.str(b.module);
                case "__text_signature__":
                    return b.isSlotWrapper() ? Py.str(SlotDocs.textSignature(b.name)) : Py.None;
                default: return null;
            }
        }
        if (o instanceof PyBaseException) {
            PyBaseException e = (PyBaseException) o;
            switch (name) {
                case "args": return e.args;
                case "__cause__": return e.cause == null ? Py.None : e.cause;
                case "__context__": return e.context == null ? Py.None : e.context;
                case "__suppress_context__": return Py.bool(e.suppressContext);
                case "__traceback__": return e.traceback == null ? Py.None : e.traceback;
                case "value":
                    if (e.isInstance(Exc.StopIteration)) {
                        return e.args.items.length > 0 ? e.args.items[0] : Py.None;
                    }
                    return null;
                case "code":
                    if (e.isInstance(Exc.SystemExit)) {
                        return e.args.items.length == 0 ? Py.None : e.args.items.length == 1 ? e.args.items[0] : e.args;
                    }
                    return null;
                case "msg":
                    if (e.isInstance(Exc.SyntaxError)) {
                        return e.args.items.length > 0 ? e.args.items[0] : Py.None;
                    }
                    return null;
                case "lineno": case "offset": case "text": case "end_lineno": case "end_offset"
                        : case "print_file_and_line":
                    return e.isInstance(Exc.SyntaxError) ? syntaxInfo(e, name) : null;
                case "errno": case "strerror": case "filename":
                    if (e.isInstance(Exc.SyntaxError)) {
                        return syntaxInfo(e, name);
                    }
                    if (e.isInstance(Exc.OSError)) {
                        if (e.args.items.length >= 2) {
                            return name.equals("errno") ? e.args.items[0] : name.equals("strerror") ? e.args.items[1]
                                    : (e.args.items.length > 2 ? e.args.items[2] : Py.None);
                        }
                        return Py.None;
                    }
                    return null;
                case "filename2": return e.isInstance(Exc.OSError) ? Py.None : null;
                case "name":
                    if (e.isInstance(Exc.ImportError) || e.isInstance(Exc.NameError)
                            || e.isInstance(Exc.AttributeError)) {
                        return Py.None;
                    }
                    return null;
                case "obj": return e.isInstance(Exc.AttributeError) ? Py.None : null;
                case "path": return e.isInstance(Exc.ImportError) ? Py.None : null;
                case "message": return e.egExceptions != null ? e.egMessage : null;
                case "exceptions": return e.egExceptions;
                default: return null;
            }
        }
        if (o instanceof ReadonlyAttr) {
            PyObject v = ((ReadonlyAttr) o).own(name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PySlotDescr) {
            PyObject v = ((PySlotDescr) o).own(name);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyInt) {
            switch (name) {
                case "real": case "numerator": return o.type() == Builtins.INT ? o : ((PyInt) o).big != null
                        ? Py.newInt(((PyInt) o).big) : Py.newInt(((PyInt) o).v);
                case "imag": return Py.newInt(0);
                case "denominator": return Py.newInt(1);
                default: return null;
            }
        }
        if (o instanceof PyFloat) {
            switch (name) {
                case "real": return o.type() == Builtins.FLOAT ? o : Py.newFloat(((PyFloat) o).v);
                case "imag": return Py.newFloat(0);
                default: return null;
            }
        }
        if (o instanceof PyComplex) {
            switch (name) {
                case "real": return Py.newFloat(((PyComplex) o).re);
                case "imag": return Py.newFloat(((PyComplex) o).im);
                default: return null;
            }
        }
        if (o instanceof PySlice) {
            PySlice s = (PySlice) o;
            switch (name) {
                case "start": return s.start;
                case "stop": return s.stop;
                case "step": return s.step;
                default: return null;
            }
        }
        if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            switch (name) {
                case "start": return Py.newInt(r.start);
                case "stop": return Py.newInt(r.stop);
                case "step": return Py.newInt(r.step);
                default: return null;
            }
        }
        if (o instanceof PyBigRange) {
            PyBigRange r = (PyBigRange) o;
            switch (name) {
                case "start": return Py.newInt(r.start);
                case "stop": return Py.newInt(r.stop);
                case "step": return Py.newInt(r.step);
                default: return null;
            }
        }
        if (o instanceof PyProperty) {
            PyProperty p = (PyProperty) o;
            switch (name) {
                case "fget": return p.fget;
                case "fset": return p.fset;
                case "fdel": return p.fdel;
                case "__doc__": return p.doc;
                default: return null;
            }
        }
        if (o instanceof PyClassMethod || o instanceof PyStaticMethod) {
            // as CPython 3.10+: __wrapped__, and the wrapped callable's name, doc, module and annotations
            PyObject f = o instanceof PyClassMethod ? ((PyClassMethod) o).func : ((PyStaticMethod) o).func;
            switch (name) {
                case "__func__": case "__wrapped__": return f;
                case "__doc__": case "__name__": case "__qualname__": case "__module__": case "__annotations__": {
                    PyDict d = o.attrs();
                    PyObject v = d != null ? d.getStr(name) : null;
                    return v != null ? v : Ops.getattrOrNull(ts, f, name);
                }
                default: break;
            }
        }
        if (o instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) o;
            int fl = g.frame.code.flags;
            String prefix = (fl & org.stmj.python.compiler.Code.COROUTINE) != 0 ? "cr_"
                    : (fl & org.stmj.python.compiler.Code.ASYNC_GENERATOR) != 0 ? "ag_" : "gi_";
            if (name.length() > 3 && name.charAt(2) == '_' && name.charAt(0) != '_' && !name.startsWith(prefix)) {
                return null;
            }
            switch (name) {
                case "__name__": return Py.str(g.name);
                case "__qualname__": return Py.str(g.qualname);
                case "gi_yieldfrom": case "cr_await": case "ag_await": {
                    PyObject y = g.yieldingFrom();
                    return y == null ? Py.None : y;
                }
                case "gi_running": case "cr_running": case "ag_running": return Py.bool(g.running);
                case "gi_frame": case "cr_frame": case "ag_frame":
                    // a view of the generator's own frame (its f_back is None while it is suspended)
                    // (the same view on every read, as CPython's frame object)
                    if (g.finished) {
                        return Py.None;
                    }
                    if (g.frameView == null) {
                        g.frameView = org.stmj.python.modules.PyFrame.of(g.frame);
                    }
                    return g.frameView;
                case "gi_suspended": case "cr_suspended": case "ag_suspended":
                    return Py.bool(g.frame.started && !g.running && !g.finished);
                case "gi_code": case "cr_code": case "ag_code": return g.frame.code;
                case "cr_origin": return Py.None; // origin tracking (sys.set_coroutine_origin_tracking_depth) is off
                default: return null;
            }
        }
        if (o instanceof PyModule && name.equals("__name__") && ((PyModule) o).initialised()) {
            return Py.str(((PyModule) o).name);
        }
        if (o instanceof PyCell && name.equals("cell_contents")) {
            PyObject v = ((PyCell) o).value;
            if (v == null) {
                throw Py.valueError("Cell is empty");
            }
            return v;
        }
        if (o instanceof org.stmj.python.compiler.Code) {
            org.stmj.python.compiler.Code c = (org.stmj.python.compiler.Code) o;
            switch (name) {
                case "co_name": return Py.str(c.name);
                case "co_filename": return Py.str(c.filename);
                case "co_argcount": return Py.newInt(c.argcount);
                case "co_kwonlyargcount": return Py.newInt(c.kwonlyargcount);
                case "co_posonlyargcount": return Py.newInt(c.posonlyargcount);
                case "co_nlocals": return Py.newInt(c.varnames.length);
                case "co_flags": return Py.newInt(cpythonFlags(c));
                case "co_qualname": return Py.str(c.qualname);
                case "co_freevars": {
                    PyObject[] v = new PyObject[c.freevars.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = Py.str(c.freevars[i]);
                    }
                    return new PyTuple(v);
                }
                case "co_cellvars": {
                    PyObject[] v = new PyObject[c.cellvars.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = Py.str(c.cellvars[i]);
                    }
                    return new PyTuple(v);
                }
                case "co_firstlineno": return Py.newInt(c.firstLine);
                case "co_varnames": {
                    PyObject[] v = new PyObject[c.varnames.length];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = Py.str(c.varnames[i]);
                    }
                    return new PyTuple(v);
                }
                default: return null;
            }
        }
        return null;
    }

    /**
     * The {@code __weakref__} attribute of a class whose instances have a dict (CPython's getset descriptor):
     * dir() lists it, so getattr must find it (typing.no_type_check walks dir()). Read on an instance it is None.
     */
    static final class WeakrefAttr extends PyDescr {
        static final PyType TYPE = new PyType("getset_descriptor", Builtins.OBJECT, false, null);

        static {
            // __get__/__set__/__delete__ of the getset descriptors (this one and DictAttr), called explicitly
            TYPE.dict.putStr("__get__", new PyBuiltin("__get__", (ts, a, kw) -> {
                Args.check("__get__", a, kw, 2, 3);
                PyObject obj = a[1] == Py.None ? null : a[1];
                PyType owner = a.length > 2 && a[2] instanceof PyType ? (PyType) a[2] : null;
                return ((PyDescr) a[0]).get(ts, obj, owner != null ? owner : obj == null ? null : obj.type());
            }, null, TYPE.name));
            TYPE.dict.putStr("__set__", new PyBuiltin("__set__", (ts, a, kw) -> {
                Args.check("__set__", a, kw, 3, 3);
                ((PyDescr) a[0]).set(ts, a[1], a[2]);
                return Py.None;
            }, null, TYPE.name));
            TYPE.dict.putStr("__delete__", new PyBuiltin("__delete__", (ts, a, kw) -> {
                Args.check("__delete__", a, kw, 2, 2);
                ((PyDescr) a[0]).delete(ts, a[1]);
                return Py.None;
            }, null, TYPE.name));
        }
        final PyType owner;

        WeakrefAttr(PyType owner) {
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public PyObject get(ThreadState ts, PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            PyWeakRef r = WeakHandle.basic(obj);
            return r == null ? Py.None : r;
        }

        @Override
        public String repr(ThreadState ts) {
            return "<attribute '__weakref__' of '" + owner.name + "' objects>";
        }
    }

    /**
     * The {@code __dict__} entry of a class that gives its instances a dict (CPython's getset descriptor, put into
     * the namespace by class creation): reads the instance's dict; assignment copies the new mapping into it (the
     * instance keeps its dict object, which also holds its {@code __del__} trigger).
     */
    static final class DictAttr extends PyDescr {
        final PyType owner;

        DictAttr(PyType owner) {
            this.owner = owner;
        }

        @Override
        public PyType type() {
            return WeakrefAttr.TYPE;
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public PyObject get(ThreadState ts, PyObject obj, PyType type) {
            if (obj == null) {
                return this;
            }
            PyDict d = obj.attrs();
            if (d == null) {
                throw Py.attributeError("'" + obj.type().name + "' object has no attribute '__dict__'");
            }
            return d;
        }

        @Override
        public void set(ThreadState ts, PyObject obj, PyObject v) {
            Ops.replaceDict(ts, obj, v);
        }

        @Override
        public void delete(ThreadState ts, PyObject obj) {
            // CPython drops the dict and makes a new empty one on the next access; the object keeps its dict
            // object (which holds its __del__ trigger), emptied
            PyDict d = obj.attrs();
            if (d != null) {
                d.clear();
            }
        }

        @Override
        public String repr(ThreadState ts) {
            return "<attribute '__dict__' of '" + owner.name + "' objects>";
        }
    }

    /**
     * Class creation: the {@code __dict__} and {@code __weakref__} descriptors a class adds to its namespace, as
     * CPython's type_new does: {@code __dict__} when its instances have a dict and no base gives them one,
     * {@code __weakref__} when no base makes them weakly referable and the layout allows it (not for
     * variable-size built-in layouts: int, tuple, bytes), and in both cases only when {@code __slots__} (if any)
     * names it.
     */
    static void addInstanceDescriptors(PyType t, PyObject[] slotNames) {
        boolean slotsDict = slotNames == null, slotsWeak = slotNames == null;
        if (slotNames != null) {
            for (PyObject n : slotNames) {
                if (n instanceof PyStr) {
                    slotsDict |= ((PyStr) n).value().equals("__dict__");
                    slotsWeak |= ((PyStr) n).value().equals("__weakref__");
                }
            }
        }
        boolean baseDict = false, baseWeak = false;
        for (int i = 1; i < t.mro.length; i++) {
            PyType b = t.mro[i];
            if (b.heap) {
                baseDict |= b.dict.getStr("__dict__") instanceof DictAttr;
                baseWeak |= b.dict.getStr("__weakref__") instanceof WeakrefAttr;
            }
        }
        PyType s = t.solid;
        baseDict |= s.isSubtype(Exc.BaseException) || s == Builtins.TYPE || s.isSubtype(Builtins.TYPE)
                || s == Builtins.FUNCTION || s == Builtins.MODULE;
        baseWeak |= s == Builtins.SET || s == Builtins.FROZENSET || s.isSubtype(Builtins.TYPE)
                || s == Builtins.FUNCTION || s == PyWeakRef.TYPE
                || s == Builtins.INT || s == Builtins.TUPLE || s == Builtins.BYTES;
        if (slotsDict && !baseDict && !t.noDict && t.dict.getStr("__dict__") == null) {
            t.dict.putStr("__dict__", new DictAttr(t));
        }
        if (slotsWeak && !baseWeak && t.dict.getStr("__weakref__") == null) {
            t.dict.putStr("__weakref__", new WeakrefAttr(t));
        }
    }

    /** The built-in class a method belongs to (its {@code __objclass__}), or null for a plain function. */
    static PyType ownerType(PyBuiltin b) {
        if (b.owner == null || b.owner.startsWith("@")) {
            return null;
        }
        if (b.self != null) {
            for (PyType t : b.self.type().mro) {
                if (!t.heap && t.name.equals(b.owner)) {
                    return t;
                }
            }
        }
        for (PyType t : Builtins.BUILTIN_TYPES) {
            if (t.name.equals(b.owner)) {
                return t;
            }
        }
        return null;
    }

    /** SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): the named part, or None. */
    private static PyObject syntaxInfo(PyBaseException e, String name) {
        int i = java.util.List.of("filename", "lineno", "offset", "text", "end_lineno", "end_offset").indexOf(name);
        if (i >= 0 && e.args.items.length == 2 && e.args.items[1] instanceof PyTuple) {
            PyObject[] info = ((PyTuple) e.args.items[1]).items;
            if (i < info.length) {
                return info[i];
            }
        }
        return Py.None;
    }

    static PyObject typeSpecial(ThreadState ts, PyType t, String name) {
        switch (name) {
            case "__weakref__": return t.heap && !t.noDict ? new WeakrefAttr(t) : null;
            case "__name__": return Py.str(t.shortName());
            case "__qualname__": return Py.str(t.qualname);
            case "__mro__": return t.mroPending ? Py.None : new PyTuple((PyObject[]) t.mro.clone());
            case "__bases__": return new PyTuple((PyObject[]) t.bases.clone());
            case "__base__": return t.bases.length == 0 ? Py.None : t.bases[0];
            case "__dict__": return new PyMappingProxy(t.dict);
            case "__module__": return Py.str(t.module());
            case "__doc__": {
                String td = BuiltinDocs.type(t);
                return td != null ? Py.str(td) : Py.None;
            }
            case "__class__": return t.type();
            case "__abstractmethods__": return null;
            case "__flags__": return Py.newInt(typeFlags(t));
            // CPython's instance sizes (64-bit): a header of two words, one more per dict/weakref/slot; items of
            // variable-size layouts; read by sys.getsizeof-style checks and test_types
            case "__basicsize__": return Py.newInt(16 + 8 * ((t.heap && !t.noDict ? 2 : 0)
                    + (t.slotNames == null ? 0 : t.slotNames.length)));
            case "__itemsize__": return Py.newInt(t.solid == Builtins.TUPLE || t.solid == Builtins.BYTES ? 8 / (
                    t.solid == Builtins.BYTES ? 8 : 1) : t.solid == Builtins.INT ? 4 : 0);
            default: return null;
        }
    }

    /** type.__flags__ in CPython's Py_TPFLAGS_* layout: heap, base type, ready, abstract and the subclass bits. */
    static long typeFlags(PyType t) {
        long f = (1L << 10) | (1L << 12);
        if (t.heap) {
            f |= (1L << 9) | (1L << 14);
        }
        PyObject am = t.dict.getStr("__abstractmethods__");
        boolean abstractNonEmpty = am instanceof PySet ? ((PySet) am).size() > 0
                : am instanceof PyTuple && ((PyTuple) am).items.length > 0;
        if (abstractNonEmpty) {
            f |= 1L << 20;
        }
        PyType[] kinds = {Builtins.INT, Builtins.LIST, Builtins.TUPLE, Builtins.BYTES, Builtins.STR, Builtins.DICT,
            Exc.BaseException, Builtins.TYPE};
        for (int i = 0; i < kinds.length; i++) {
            if (t.isSubtype(kinds[i])) {
                f |= 1L << (24 + i);
            }
        }
        return f;
    }

    /** The code flags in CPython's CO_* bit layout (inspect and dis read them). */
    static int cpythonFlags(org.stmj.python.compiler.Code c) {
        int f = c.flags, r = 0;
        if ((f & org.stmj.python.compiler.Code.NEWLOCALS) != 0) {
            r |= 0x1 | 0x2;
        }
        if ((f & org.stmj.python.compiler.Code.VARARGS) != 0) {
            r |= 0x4;
        }
        if ((f & org.stmj.python.compiler.Code.VARKW) != 0) {
            r |= 0x8;
        }
        boolean coro = (f & org.stmj.python.compiler.Code.COROUTINE) != 0,
                agen = (f & org.stmj.python.compiler.Code.ASYNC_GENERATOR) != 0;
        if ((f & org.stmj.python.compiler.Code.GENERATOR) != 0 && !coro && !agen) {
            r |= 0x20;
        }
        if (coro && !agen) {
            r |= 0x80;
        }
        if (c.iterableCoroutine) {
            r |= 0x100;
        }
        if (agen) {
            r |= 0x200;
        }
        if (c.freevars.length == 0 && c.cellvars.length == 0) {
            r |= 0x40;
        }
        return r;
    }
}
