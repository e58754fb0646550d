package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

import org.stmj.python.vm.ThreadState;

/**
 * The types of a built-in type's methods, as CPython names them: {@code method_descriptor} ({@code list.append}),
 * {@code wrapper_descriptor} (a slot's method, {@code object.__init__}, {@code int.__add__}), {@code method-wrapper}
 * (a slot's method bound to an instance, {@code (1).__add__}) and {@code classmethod_descriptor}
 * ({@code dict.__dict__['fromkeys']}). A bound method descriptor and a module function stay
 * {@code builtin_function_or_method}. All are {@link PyBuiltin} objects underneath; the kind is chosen once, when
 * the method is made or bound.
 */
public final class BuiltinDescrTypes {
    public static final PyType METHOD_DESCRIPTOR = new PyType("method_descriptor", Builtins.OBJECT, false, null);
    public static final PyType WRAPPER_DESCRIPTOR = new PyType("wrapper_descriptor", Builtins.OBJECT, false, null);
    public static final PyType METHOD_WRAPPER = new PyType("method-wrapper", Builtins.OBJECT, false, null);
    public static final PyType CLASSMETHOD_DESCRIPTOR =
            new PyType("classmethod_descriptor", Builtins.OBJECT, false, null);

    private BuiltinDescrTypes() {
    }

    /** Installs the descriptor protocol, calls and pickling of the four types. */
    static void install() {
        for (PyType t : new PyType[] {METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, METHOD_WRAPPER}) {
            addMethod(t, "__call__",
                    (ts, a, kw) -> Ops.call(ts, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), kw));
            // a class method's descriptor does not pickle (CPython's has no __reduce__ either)
            addMethod(t, "__reduce__", 0, 0, BuiltinDescrTypes::reduce);
        }
        addMethod(CLASSMETHOD_DESCRIPTOR, "__call__",
                (ts, a, kw) -> a[0].call(ts, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
        for (PyType t : new PyType[] {METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR}) {
            addMethod(t, "__get__", 1, 2, (ts, a, kw) -> {
                PyBuiltin b = (PyBuiltin) a[0];
                if (a[1] == Py.None) {
                    if (a.length < 3 || a[2] == Py.None) {
                        throw Py.typeError("__get__(None, None) is invalid");
                    }
                    return b;
                }
                return b.bind(a[1]);
            });
        }
        addMethod(CLASSMETHOD_DESCRIPTOR, "__get__", 1, 2, (ts, a, kw) -> {
            PyClassMethod cm = (PyClassMethod) a[0];
            PyObject cls = a.length > 2 && a[2] != Py.None ? a[2] : a[1] == Py.None ? null : a[1].type();
            if (!(cls instanceof PyType)) {
                throw Py.typeError("descriptor '" + ((PyBuiltin) cm.func).name + "' needs a type, not '"
                        + (cls == null ? "NoneType" : cls.type().name) + "'");
            }
            return cm.get(ts, a[1] == Py.None ? null : a[1], (PyType) cls);
        });
    }

    /** A built-in method pickles as {@code getattr(owner, name)}: its instance, or the class for a descriptor. */
    private static PyObject reduce(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject getattr = ts.interp.builtins.getStr("getattr");
        PyBuiltin b = (PyBuiltin) a[0];
        PyObject target = b.self != null ? b.self : Attrs.ownerType(b);
        return new PyTuple(getattr, new PyTuple(target == null ? Py.None : target, Py.str(b.name)));
    }
}
