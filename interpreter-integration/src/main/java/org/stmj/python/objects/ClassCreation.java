package org.stmj.python.objects;

import org.stmj.python.vm.Frame;
import org.stmj.python.vm.Interp;
import org.stmj.python.vm.ThreadState;

/**
 * Class creation: the {@code __build_class__} protocol of class statements (run the body in a namespace, pick
 * the metaclass) and the creation of a heap {@link PyType} from a name, bases and namespace (what
 * {@code type(name, bases, dict)} does): {@code __slots__}, {@code __classcell__}, {@code __set_name__},
 * {@code __init_subclass__} and abstract methods.
 */
public final class ClassCreation {
    private ClassCreation() {
    }

    /** __build_class__(func, name, *bases, metaclass=None, **kwds). */
    public static PyObject buildClass(ThreadState ts, PyObject[] a, String[] kw) {
        int np = a.length - (kw == null ? 0 : kw.length);
        PyFunction body = (PyFunction) a[0];
        String name = ((PyStr) a[1]).value();
        PyObject[] bases = java.util.Arrays.copyOfRange(a, 2, np);
        PyObject meta = null;
        PyDict kwds = new PyDict();
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                if (kw[i].equals("metaclass")) {
                    meta = a[np + i];
                } else {
                    kwds.putStr(kw[i], a[np + i]);
                }
            }
        }
        if (meta == null && bases.length > 0) {
            meta = bases[0].type();
        }
        if (meta instanceof PyType) {
            meta = calculateMeta((PyType) meta, bases);
        }
        PyDict ns = new PyDict();
        Frame fr = new Frame(body.code, body.globals, ns, ts.interp.builtins, body.closure);
        Interp.runFrame(ts, fr);
        if (meta != null && meta != Builtins.TYPE) {
            PyObject[] ks = kwds.keysArray();
            PyObject[] args = new PyObject[3 + ks.length];
            args[0] = Py.str(name);
            args[1] = new PyTuple(bases);
            args[2] = ns;
            String[] kn = ks.length == 0 ? null : new String[ks.length];
            for (int i = 0; i < ks.length; i++) {
                kn[i] = ((PyStr) ks[i]).value();
                args[3 + i] = kwds.get(ts, ks[i]);
            }
            PyObject cls = Ops.call(ts, meta, args, kn);
            PyObject cell = ns.getStr("__classcell__");
            if (cell instanceof PyCell) {
                ((PyCell) cell).value = cls;
            }
            return cls;
        }
        return createClass(ts, name, bases, ns, kwds);
    }

    /**
     * The most derived metaclass of {@code meta} and the classes of {@code bases} (CPython's
     * _PyType_CalculateMetaclass); TypeError when two of them are unrelated.
     */
    /** str.isidentifier(): a letter or underscore (Unicode XID_Start) then XID_Continue characters. */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c0 = s.codePointAt(0);
        if (c0 != '_' && !Character.isUnicodeIdentifierStart(c0)) {
            return false;
        }
        for (int i = Character.charCount(c0); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** CPython's Py_TPFLAGS_BASETYPE: the built-in types no class may derive from (class creation, __bases__). */
    static void checkAcceptableBase(PyType b) {
        if (b == Builtins.BOOL || b == Builtins.RANGE || b == Builtins.SLICE || b == Builtins.FUNCTION
                || b == Builtins.NONE_TYPE || b == Builtins.BUILTIN_FUNCTION || b == PyMappingProxy.TYPE
                || b == PyLruCache.TYPE) {
            String mod = b.module();
            String name = mod == null || mod.equals("builtins") ? b.name : mod + "." + b.name;
            throw Py.typeError("type '" + name + "' is not an acceptable base type");
        }
    }

    public static PyType calculateMeta(PyType meta, PyObject[] bases) {
        PyType winner = meta;
        for (PyObject b : bases) {
            PyType bt = b.type();
            if (winner.isSubtype(bt)) {
                continue;
            }
            if (bt.isSubtype(winner)) {
                winner = bt;
                continue;
            }
            throw Py.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** Creates a heap class (type(name, bases, dict) and class statements). */
    public static PyType createClass(ThreadState ts, String name, PyObject[] basesIn, PyDict ns, PyDict kwds) {
        PyType[] bases;
        if (basesIn.length == 0) {
            bases = new PyType[] {Builtins.OBJECT};
        } else {
            bases = new PyType[basesIn.length];
            for (int i = 0; i < bases.length; i++) {
                if (!(basesIn[i] instanceof PyType)) {
                    throw Py.typeError("bases must be types");
                }
                bases[i] = (PyType) basesIn[i];
                checkAcceptableBase(bases[i]);
            }
        }
        PyObject cell = ns.getStr("__classcell__");
        if (cell != null) {
            ns.remove(ts, Py.str("__classcell__"));
        }
        if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) {
            ns.putStr("__hash__", Py.None);
        }
        PyObject nw = ns.getStr("__new__");
        if (nw instanceof PyFunction) {
            ns.putStr("__new__", new org.stmj.python.objects.PyStaticMethod(nw));
        }
        for (String cmName : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject m = ns.getStr(cmName);
            if (m instanceof PyFunction) {
                ns.putStr(cmName, new org.stmj.python.objects.PyClassMethod(m));
            }
        }
        boolean docAdded = ns.getStr("__doc__") == null;
        if (docAdded) {
            // CPython's type_new: a class without a docstring has __doc__ None in its own dict (not its base's)
            ns.putStr("__doc__", Py.None);
        }
        PyObject qn = ns.getStr("__qualname__");
        if (qn != null && !(qn instanceof PyStr)) {
            throw Py.typeError("type __qualname__ must be a str, not " + qn.type().name);
        }
        PyType t = new PyType(ts, name, bases, ns);
        if (qn instanceof PyStr) {
            t.qualname = ((PyStr) qn).value();
            ns.remove(ts, Py.str("__qualname__"));
        }
        PyObject slots = ns.getStr("__slots__");
        if (slots != null) {
            PyObject[] names = slots instanceof PyStr ? new PyObject[] {slots} : Ops.toArray(ts, slots);
            java.util.List<String> all = new java.util.ArrayList<>();
            for (PyType b : t.mro) {
                if (b != t && b.slotNames != null) {
                    all.addAll(java.util.List.of(b.slotNames));
                }
            }
            boolean baseHasDict = false;
            for (PyType b : t.mro) {
                if (b != t && b.heap && b.slotNames == null) {
                    baseHasDict = true;
                }
            }
            if (names.length > 0) {
                // CPython: a variable-size base (int, tuple, bytes: tp_itemsize != 0) takes no slots
                for (PyType b : t.mro) {
                    if (b != t && (b.isSubtype(Builtins.INT) || b.isSubtype(Builtins.TUPLE)
                            || b.isSubtype(Builtins.BYTES))) {
                        throw Py.typeError("nonempty __slots__ not supported for subtype of '" + b.name + "'");
                    }
                }
            }
            boolean hadDict = baseHasDict;
            java.util.Set<String> mine = new java.util.HashSet<>();
            for (PyObject n : names) {
                if (!(n instanceof PyStr)) {
                    throw Py.typeError("__slots__ items must be strings, not '" + n.type().name + "'");
                }
                String s = ((PyStr) n).value();
                if (!isIdentifier(s)) {
                    throw Py.typeError("__slots__ must be identifiers");
                }
                if (s.equals("__dict__")) {
                    if (hadDict) {
                        throw Py.typeError("__dict__ slot disallowed: we already got one");
                    }
                    hadDict = true;
                    baseHasDict = true;
                    continue;
                }
                String owner = name.replaceFirst("^_+", "");
                if (s.startsWith("__") && !s.endsWith("__") && !owner.isEmpty()) {
                    s = "_" + owner + s; // private names are mangled, as in the class body
                }
                if (ns.getStr(s) != null && !(docAdded && s.equals("__doc__")) && !mine.contains(s)) {
                    throw Py.valueError("'" + s + "' in __slots__ conflicts with class variable");
                }
                if (!all.contains(s)) {
                    all.add(s);
                }
                if (!s.equals("__weakref__")) {
                    // __weakref__ keeps its place in slotNames (weakly referable) but reads the object's
                    // basic weak reference through the getset descriptor addInstanceDescriptors adds
                    ns.putStr(s, SlotAccess.descr(t, s, all.indexOf(s)));
                }
                mine.add(s); // a name listed twice (datetime's slots) is no conflict
            }
            t.slotNames = all.toArray(new String[0]);
            t.noDict = !baseHasDict;
            // the member descriptors just added are data descriptors: recompute hasDataDescr (the constructor
            // computed it without them), so that attribute fast paths go to the slots
            t.refreshSlots();
        }
        Attrs.addInstanceDescriptors(t, slots == null ? null
                : slots instanceof PyStr ? new PyObject[] {slots} : Ops.toArray(ts, slots));
        if (cell instanceof PyCell) {
            ((PyCell) cell).value = t;
        }
        for (PyObject k : ns.keysArray()) {
            PyObject v = ns.get(ts, k);
            PyType vt = v.type();
            if (v instanceof PyProperty && !vt.heap && k instanceof PyStr) {
                // property's own __set_name__ (a built-in type's method, not looked up here): its name
                ((PyProperty) v).name = ((PyStr) k).value();
            } else if (vt.heap) {
                PyObject sn = vt.lookup("__set_name__");
                if (sn != null) {
                    try {
                        Ops.call(ts, Ops.bindDescr(ts, sn, v, vt), t, k);
                    } catch (PyException e) {
                        // CPython 3.11 reports it as a RuntimeError caused by what __set_name__ raised
                        PyBaseException re = new PyBaseException(Exc.RuntimeError, Py.str(
                                "Error calling __set_name__ on '" + vt.name + "' instance " + Ops.repr(ts, k)
                                + " in '" + t.name + "'"));
                        re.cause = e.exc;
                        re.context = e.exc;
                        re.suppressContext = true;
                        throw new PyException(re);
                    }
                }
            }
        }
        for (int i = 1; i < t.mro.length; i++) {
            PyObject isc = t.mro[i].dict.getStr("__init_subclass__");
            if (isc != null) {
                if (isc instanceof org.stmj.python.objects.PyClassMethod) {
                    PyObject[] args = {};
                    String[] kn = null;
                    if (kwds != null && kwds.size() > 0) {
                        PyObject[] ks = kwds.keysArray();
                        args = new PyObject[ks.length];
                        kn = new String[ks.length];
                        for (int j = 0; j < ks.length; j++) {
                            kn[j] = ((PyStr) ks[j]).value();
                            args[j] = kwds.get(ts, ks[j]);
                        }
                    }
                    Ops.call(ts, new PyMethod(((org.stmj.python.objects.PyClassMethod) isc).func, t), args, kn);
                }
                break;
            }
        }
        PyObject abstracts = abstractMethods(ts, t);
        if (abstracts != null) {
            t.dict.putStr("__abstractmethods__", abstracts);
        }
        return t;
    }

    private static PyObject abstractMethods(ThreadState ts, PyType t) {
        PySet names = new PySet(true);
        boolean any = false;
        for (PyType c : t.mro) {
            for (PyObject k : c.dict.keysArray()) {
                if (!(k instanceof PyStr)) {
                    continue;
                }
                PyObject v = t.lookup(((PyStr) k).value());
                if (v == null) {
                    continue;
                }
                PyObject target = v instanceof PyFunction ? v
                        : v instanceof org.stmj.python.objects.PyProperty
                        ? ((org.stmj.python.objects.PyProperty) v).fget
                        : v instanceof org.stmj.python.objects.PyClassMethod
                        ? ((org.stmj.python.objects.PyClassMethod) v).func
                        : v instanceof org.stmj.python.objects.PyStaticMethod
                        ? ((org.stmj.python.objects.PyStaticMethod) v).func : null;
                if (target instanceof PyFunction && ((PyFunction) target).attrs != null) {
                    PyObject ia = ((PyFunction) target).attrs.getStr("__isabstractmethod__");
                    if (ia != null && Ops.truth(ts, ia)) {
                        names.add(ts, k);
                        any = true;
                    }
                }
            }
        }
        return any ? names : null;
    }

}
