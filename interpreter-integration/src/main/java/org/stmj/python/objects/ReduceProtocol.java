package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

import org.stmj.python.vm.ThreadState;

/**
 * The pickling protocol of {@code object} as CPython 3.11 defines it (copy, deepcopy and pickle all start here):
 * {@code __reduce_ex__(protocol)}, {@code __reduce__()}, {@code __getstate__()}, and the {@code __getnewargs__}
 * of the immutable built-in values whose subclasses pickle by their value.
 *
 * <ul>
 * <li>{@code __reduce_ex__} calls the object's own {@code __reduce__} when its class overrides object's; otherwise
 * protocols 0 and 1 go to {@code copyreg._reduce_ex} and protocol 2 and later build
 * {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}, or
 * {@code (copyreg.__newobj_ex__, (cls, args, kwargs), ...)} when {@code __getnewargs_ex__} gives keywords.
 * {@code __getnewargs_ex__}/{@code __getnewargs__} are special methods: looked up on the class, never through
 * the instance's {@code __getattr__}, and their results are checked.</li>
 * <li>The state: the object's own {@code __getstate__} if its class overrides object's, else the instance dict
 * (None when it is empty or absent), paired with a dict of the slot values named by {@code __slotnames__} (a
 * class attribute, or what {@code copyreg._slotnames} computes and caches there). When no {@code __new__}
 * arguments, list items or dict items carry the value, the state must: an object whose layout is a built-in type
 * with hidden state (a lock, a Java-implemented object) cannot be pickled.</li>
 * </ul>
 */
final class ReduceProtocol {
    private ReduceProtocol() {
    }

    static void install() {
        PyType o = Builtins.OBJECT;
        addMethod(o, "__reduce_ex__", 1, 1, (ts, a, kw) -> reduceEx(ts, a[0], (int) Ops.asIndex(ts, a[1])));
        addMethod(o, "__reduce__", 0, 0, (ts, a, kw) -> commonReduce(ts, a[0], 0));
        addMethod(o, "__getstate__", 0, 0, (ts, a, kw) -> defaultState(ts, a[0], false));
        // bytearray: (type, (latin-1 text, 'latin-1') or (bytes,) from protocol 3, state), as CPython's
        addMethod(Builtins.BYTEARRAY, "__reduce__", 0, 0, (ts, a, kw) -> reduceBytearray(ts, a[0], 2));
        addMethod(Builtins.BYTEARRAY, "__reduce_ex__", 0, 1,
                (ts, a, kw) -> reduceBytearray(ts, a[0], a.length > 1 ? (int) Ops.asIndex(ts, a[1]) : 0));
        // the values whose subclasses pickle by value: (value,) of the base type (complex: (real, imag))
        addMethod(Builtins.INT, "__getnewargs__", 0, 0, (ts, a, kw) -> new PyTuple(plainInt((PyInt) a[0])));
        addMethod(Builtins.FLOAT, "__getnewargs__", 0, 0,
                (ts, a, kw) -> new PyTuple(Py.newFloat(((PyFloat) a[0]).v)));
        addMethod(Builtins.COMPLEX, "__getnewargs__", 0, 0,
                (ts, a, kw) -> new PyTuple(Py.newFloat(((PyComplex) a[0]).re), Py.newFloat(((PyComplex) a[0]).im)));
        addMethod(Builtins.STR, "__getnewargs__", 0, 0, (ts, a, kw) -> new PyTuple(Py.str(((PyStr) a[0]).value())));
        addMethod(Builtins.BYTES, "__getnewargs__", 0, 0,
                (ts, a, kw) -> new PyTuple(new PyBytes(((PyBytes) a[0]).bytes(), false)));
        addMethod(Builtins.TUPLE, "__getnewargs__", 0, 0,
                (ts, a, kw) -> new PyTuple(new PyTuple(((PyTuple) a[0]).items.clone())));
    }

    private static PyObject reduceBytearray(ThreadState ts, PyObject self, int protocol) {
        PyBytes b = (PyBytes) self;
        PyObject state = state(ts, self, false);
        PyObject args;
        if (b.size == 0) {
            args = new PyTuple(Py.EMPTY);
        } else if (protocol < 3) {
            args = new PyTuple(Py.str(new String(b.data, 0, b.size, java.nio.charset.StandardCharsets.ISO_8859_1)),
                    Py.str("latin-1"));
        } else {
            args = new PyTuple(new PyBytes(b.bytes(), false));
        }
        return new PyTuple(self.type(), args, state);
    }

    /** CPython's tp_name: a built-in type outside builtins is named with its module ('_thread.lock'). */
    private static String typeName(PyType t) {
        String m = t.module();
        return t.heap || m.equals("builtins") ? t.name : m + "." + t.name;
    }

    private static PyObject plainInt(PyInt v) {
        return v.big != null ? Py.newInt(v.big) : Py.newInt(v.v);
    }

    static PyObject reduceEx(ThreadState ts, PyObject self, int protocol) {
        PyObject reduce = Ops.getattrOrNull(ts, self, "__reduce__");
        if (reduce != null) {
            PyObject clsReduce = Ops.getattrOrNull(ts, self.type(), "__reduce__");
            if (clsReduce != Builtins.OBJECT.dict.getStr("__reduce__")) {
                return Ops.call(ts, reduce);
            }
        }
        return commonReduce(ts, self, protocol);
    }

    private static PyObject copyreg(ThreadState ts) {
        return ts.interp.importName(ts, "copyreg", null, 0, null);
    }

    static PyObject commonReduce(ThreadState ts, PyObject self, int protocol) {
        if (protocol >= 2) {
            return reduceNewobj(ts, self);
        }
        return Ops.call(ts, Ops.getattr(ts, copyreg(ts), "_reduce_ex"), self, Py.newInt(protocol));
    }

    /** A special method of the object's class, bound to it, or null. */
    private static PyObject special(ThreadState ts, PyObject self, String name) {
        PyObject f = self.type().lookup(name);
        return f == null ? null : Ops.bindDescr(ts, f, self, self.type());
    }

    private static boolean constructible(PyType t) {
        return t.heap || t.ctor != null || t.lookup("__new__") != Builtins.OBJECT.lookup("__new__");
    }

    static PyObject reduceNewobj(ThreadState ts, PyObject self) {
        PyType cls = self.type();
        if (!constructible(cls)) {
            throw Py.typeError("cannot pickle '" + typeName(cls) + "' object");
        }
        PyObject args = null;
        PyObject kwargs = null;
        PyObject gnx = special(ts, self, "__getnewargs_ex__");
        if (gnx != null) {
            PyObject r = Ops.call(ts, gnx);
            if (!(r instanceof PyTuple)) {
                throw Py.typeError("__getnewargs_ex__ should return a tuple, not '" + r.type().name + "'");
            }
            PyObject[] two = ((PyTuple) r).items;
            if (two.length != 2) {
                throw Py.valueError("__getnewargs_ex__ should return a tuple of length 2, not " + two.length);
            }
            if (!(two[0] instanceof PyTuple)) {
                throw Py.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '"
                        + two[0].type().name + "'");
            }
            if (!(two[1] instanceof PyDict)) {
                throw Py.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '"
                        + two[1].type().name + "'");
            }
            args = two[0];
            kwargs = two[1];
        } else {
            PyObject gn = special(ts, self, "__getnewargs__");
            if (gn != null) {
                PyObject r = Ops.call(ts, gn);
                if (!(r instanceof PyTuple)) {
                    throw Py.typeError("__getnewargs__ should return a tuple, not '" + r.type().name + "'");
                }
                args = r;
            }
        }
        PyObject copyreg = copyreg(ts);
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            newobj = Ops.getattr(ts, copyreg, "__newobj__");
            newargs = new PyTuple(Py.prepend(cls, args == null ? Py.EMPTY : ((PyTuple) args).items));
        } else {
            newobj = Ops.getattr(ts, copyreg, "__newobj_ex__");
            newargs = new PyTuple(cls, args, kwargs);
        }
        boolean required = args == null && !(self instanceof PyList) && !(self instanceof PyDict);
        PyObject state = state(ts, self, required);
        PyObject listitems = self instanceof PyList ? Ops.iter(ts, self) : Py.None;
        PyObject dictitems = self instanceof PyDict ? Ops.iter(ts, Ops.callMethod(ts, self, "items")) : Py.None;
        return new PyTuple(newobj, newargs, state, listitems, dictitems);
    }

    /** The object's {@code __getstate__()}, or object's default with the check {@code required} asks for. */
    private static PyObject state(ThreadState ts, PyObject self, boolean required) {
        PyObject gs = self.type().lookup("__getstate__");
        if (gs == Builtins.OBJECT.dict.getStr("__getstate__") && !instanceShadows(self, "__getstate__")) {
            return defaultState(ts, self, required);
        }
        return Ops.call(ts, Ops.getattr(ts, self, "__getstate__"));
    }

    private static boolean instanceShadows(PyObject self, String name) {
        PyDict d = instanceDict(self);
        return d != null && d.getStr(name) != null;
    }

    private static PyDict instanceDict(PyObject self) {
        if (self instanceof PyInstance) {
            return ((PyInstance) self).attrs;
        }
        if (self instanceof PyType || self instanceof PyModule) {
            return null;
        }
        return self.type().heap ? self.attrs() : null;
    }

    /** object.__getstate__: the instance dict (None if empty) and the slot values, as CPython's default. */
    static PyObject defaultState(ThreadState ts, PyObject self, boolean required) {
        PyType cls = self.type();
        if (required && cls.solid != Builtins.OBJECT) {
            throw Py.typeError("cannot pickle '" + typeName(cls) + "' object");
        }
        PyDict d = instanceDict(self);
        PyObject state = d == null || d.size() == 0 ? Py.None : d;
        PyObject names = slotNames(ts, cls);
        if (names instanceof PyList && ((PyList) names).size > 0) {
            PyDict slots = new PyDict();
            PyObject[] items = ((PyList) names).toArray();
            for (PyObject n : items) {
                PyObject v;
                try {
                    v = Ops.getattr(ts, self, Ops.str(ts, n));
                } catch (PyException e) {
                    if (!e.exc.isInstance(Exc.AttributeError)) {
                        throw e;
                    }
                    continue;
                }
                slots.put(ts, n, v);
            }
            if (slots.size() > 0) {
                state = new PyTuple(state, slots);
            }
        }
        return state;
    }

    /** {@code cls.__slotnames__} from the class's own dict, else {@code copyreg._slotnames(cls)} (which caches it). */
    private static PyObject slotNames(ThreadState ts, PyType cls) {
        PyObject own = cls.dict.getStr("__slotnames__");
        if (own != null) {
            if (own != Py.None && !(own instanceof PyList)) {
                throw Py.typeError(cls.name + ".__slotnames__ should be a list or None, not " + own.type().name);
            }
            return own;
        }
        if (!cls.heap) {
            return Py.None;
        }
        PyObject r = Ops.call(ts, Ops.getattr(ts, copyreg(ts), "_slotnames"), cls);
        if (r != Py.None && !(r instanceof PyList)) {
            throw Py.typeError("copyreg._slotnames didn't return a list or None");
        }
        return r;
    }
}
