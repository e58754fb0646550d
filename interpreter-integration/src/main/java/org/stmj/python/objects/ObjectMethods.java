package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addClassMethod;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addStaticMethod;
import static org.stmj.python.objects.Methods.strArg;

import org.stmj.python.vm.ThreadState;

/** Methods of object. */
final class ObjectMethods {
    private ObjectMethods() {
    }

    /** Installs the methods of object. */
    static void install() {
        PyType O = Builtins.OBJECT;
        addMethod(O, "__init__", (ts, a, kw) -> {
            if (a.length > 1 && a[0].type().solid == Builtins.OBJECT) {
                // CPython's object_init (for instances of plain classes: a built-in layout whose constructor
                // takes the arguments has no __init__ of its own here): extra arguments are an error unless
                // __new__ is overridden and __init__ not
                PyType t = a[0].type();
                if (t.lookup("__init__") != O.dict.getStr("__init__")) {
                    throw Py.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                // a built-in type without a __new__ of its own has none in CPython (tp_new NULL), not object_new
                if ((t.heap || t == O) && t.lookup("__new__") == O.dict.getStr("__new__")) {
                    throw Py.typeError(t.name + ".__init__() takes exactly one argument (the instance to initialize)");
                }
            }
            return Py.None;
        });
        addStaticMethod(O, "__new__", (ts, a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType)) {
                throw Py.typeError("object.__new__(X): X is not a type object");
            }
            PyType cls = (PyType) a[0];
            if (cls.solid == Builtins.OBJECT || cls.ctor == null) {
                if (a.length > 1) {
                    // CPython's object_new: extra arguments are an error unless __init__ is overridden and __new__ not
                    if (cls.lookup("__new__") != O.dict.getStr("__new__")) {
                        throw Py.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
                    }
                    if (cls.lookup("__init__") == O.dict.getStr("__init__")) {
                        throw Py.typeError(cls.name + "() takes no arguments");
                    }
                }
                return Finalizers.track(ts, new PyInstance(cls));
            }
            return Finalizers.track(ts, cls.ctor.make(ts, cls, Py.EMPTY, null));
        });
        addMethod(O, "__repr__", (ts, a, kw) -> Py.str(reprObject(ts, a[0])));
        addMethod(O, "__str__", (ts, a, kw) -> Py.str(Ops.repr(ts, a[0])));
        addMethod(O, "__eq__", (ts, a, kw) -> a[0] == a[1] ? Py.True : Py.NotImplemented);
        addMethod(O, "__ne__", (ts, a, kw) -> {
            PyObject r = Ops.richcmp(ts, a[0], a[1], Ops.EQ);
            return r == Py.NotImplemented ? r : Py.bool(!Ops.truth(ts, r));
        });
        addMethod(O, "__hash__", (ts, a, kw) -> Py.newInt(Ops.id(a[0]) >>> 4));
        addMethod(O, "__setattr__", (ts, a, kw) -> {
            hackCheck(a[0], "__setattr__");
            Ops.genericSetattr(ts, a[0], Args.attrName(a[1]), a[2]);
            return Py.None;
        });
        addMethod(O, "__getattribute__", (ts, a, kw) -> {
            String n = Args.attrName(a[1]);
            PyObject r = Ops.genericGetattr(ts, a[0], n);
            if (r == null) {
                throw Ops.noAttr(a[0], n);
            }
            return r;
        });
        addMethod(O, "__delattr__", (ts, a, kw) -> {
            hackCheck(a[0], "__delattr__");
            Ops.genericDelattr(ts, a[0], Args.attrName(a[1]));
            return Py.None;
        });
        addMethod(O, "__format__", (ts, a, kw) -> {
            String spec = strArg(a[1], "format spec");
            if (!spec.isEmpty()) {
                throw Py.typeError("unsupported format string passed to " + a[0].type().name + ".__format__");
            }
            return Py.str(Ops.str(ts, a[0]));
        });
        addMethod(O, "__dir__", 0, 0, (ts, a, kw) -> new PyList(Builtins.defaultDir(ts, a[0])));
        addClassMethod(O, "__init_subclass__", (ts, a, kw) -> {
            // METH_NOARGS: keywords are refused first; both messages name the class the method is bound to
            String who = (a[0] instanceof PyType ? ((PyType) a[0]).qualname : "object") + ".__init_subclass__()";
            int nkw = kw == null ? 0 : kw.length;
            if (nkw > 0) {
                throw Py.typeError(who + " takes no keyword arguments");
            }
            if (a.length > 1) {
                throw Py.typeError(who + " takes no arguments (" + (a.length - 1) + " given)");
            }
            return Py.None;
        });
        addClassMethod(O, "__subclasshook__", (ts, a, kw) -> Py.NotImplemented);
        addMethod(O, "__sizeof__", (ts, a, kw) -> Py.newInt(32));
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            addMethod(O, cmp, (ts, a, kw) -> Py.NotImplemented);
        }
    }

    /**
     * CPython's hackcheck: object.__setattr__/__delattr__ applied to a class would jump over type's own
     * (Carlo Verre's hack, which would let one change a built-in type).
     */
    private static void hackCheck(PyObject self, String what) {
        if (self instanceof PyType) {
            throw Py.typeError("can't apply this " + what + " to " + self.type().name + " object");
        }
    }

    static String reprObject(ThreadState ts, PyObject o) {
        PyType t = o.type();
        String mod = t.module();
        return "<" + (mod.equals("builtins") ? "" : mod + ".") + t.qualname + " object at 0x"
                + Long.toHexString(Ops.id(o)) + ">";
    }
}
