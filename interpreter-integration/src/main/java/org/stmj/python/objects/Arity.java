package org.stmj.python.objects;

/**
 * Declared arities of built-in functions and methods, with the form of CPython's TypeError for a call outside
 * them. The declarations ({@link ArityTable}) are generated from CPython 3.11 by {@code scripts/arity-decl.py} out of
 * the table that {@code scripts/arity-walk.py} writes (every method of the built-in types and every function of
 * builtins and math called with 0..n+1 arguments); {@link #declare} applies them when a type's or module's
 * built-ins are made, to each built-in that has no arity of its own (or whose own range the declaration narrows).
 * The check itself is {@link PyBuiltin}'s: a range test on the call path, the message built only when it fails.
 */
public final class Arity {
    private Arity() {
    }

    /** The message {@link PyBuiltin} chooses from the name and the range (built-ins declared in Java). */
    static final byte DEFAULT = 0;
    /** Argument clinic's {@code _PyArg_CheckPositional}, slot wrappers: "NAME expected at least 1 argument, got 0". */
    static final byte EXPECTED = 1;
    /** A slot wrapper unpacking a tuple with an empty name: " expected 2 arguments, got 1". */
    static final byte UNPACK = 2;
    /** METH_NOARGS: "str.capitalize() takes no arguments (1 given)". */
    static final byte NOARGS = 3;
    /** METH_O: "list.append() takes exactly one argument (0 given)". */
    static final byte ONE = 4;
    /** {@code PyArg_ParseTuple}: "count() takes at least 1 argument (0 given)". */
    static final byte TAKES = 5;
    /**
     * {@code _PyArg_UnpackKeywords} without keyword-only parameters: too few "sum() takes at least 1 positional
     * argument (0 given)", too many "sum() takes at most 2 arguments (3 given)".
     */
    static final byte POSITIONAL = 6;
    /** {@code _PyArg_UnpackKeywords} with keyword-only parameters: "takes at most 2 positional arguments (3 given)". */
    static final byte POSITIONAL_ONLY = 7;

    /** The TypeError's text for {@code n} positional arguments outside {@code min..max} in the form {@code form}. */
    static String message(byte form, String name, int min, int max, int n) {
        int lim = n < min ? min : max;
        String s = lim == 1 ? "" : "s";
        switch (form) {
            case EXPECTED:
            case UNPACK: {
                String q = min == max ? "" : n < min ? "at least " : "at most ";
                String p = form == UNPACK ? " " : name.isEmpty() ? "" : name + " ";
                return p + "expected " + q + lim + " argument" + s + ", got " + n;
            }
            case NOARGS:
                return name + "() takes no arguments (" + n + " given)";
            case ONE:
                return name + "() takes exactly one argument (" + n + " given)";
            default: {
                String q = min == max ? "exactly" : n < min ? "at least" : "at most";
                String pos = "";
                if (form == POSITIONAL) {
                    pos = n < min ? "positional " : "";
                    q = n < min ? q : "at most";
                } else if (form == POSITIONAL_ONLY) {
                    pos = "positional ";
                }
                return name + "() takes " + q + " " + lim + " " + pos + "argument" + s + " (" + n + " given)";
            }
        }
    }

    /** The declarations by owner key (a CPython type's name, "builtins", "math"): rows of {@link ArityTable}. */
    private static java.util.Map<String, java.util.List<String[]>> rows;

    private static synchronized java.util.List<String[]> rowsOf(String key) {
        if (rows == null) {
            java.util.Map<String, java.util.List<String[]>> m = new java.util.HashMap<>();
            for (String line : ArityTable.ROWS.split("\n")) {
                String[] f = line.split(" ", -1);
                m.computeIfAbsent(f[0], k -> new java.util.ArrayList<>()).add(f);
            }
            rows = m;
        }
        return rows.getOrDefault(key, java.util.List.of());
    }

    /** Applies the declarations for the built-in type {@code t} (CPython's name {@code key}) to its own dict. */
    static void declare(PyType t, String key) {
        declare(t.dict, key);
    }

    /** Applies the declarations for {@code key} to the built-ins in {@code d} (a type's or a module's dict). */
    static void declare(PyDict d, String key) {
        for (String[] f : rowsOf(key)) {
            PyObject v = d.getStr(f[1]);
            PyObject r = declared(v, Integer.parseInt(f[2]), Integer.parseInt(f[3]), form(f[4]), f[5]);
            if (r != v) {
                d.putStr(f[1], r);
            }
        }
    }

    /** Applies the declarations of the module {@code key} to its dict (module code outside this package). */
    public static void declareModule(PyDict d, String key) {
        declare(d, key);
    }

    private static byte form(String f) {
        switch (f) {
            case "E": return EXPECTED;
            case "U": return UNPACK;
            case "N": return NOARGS;
            case "O": return ONE;
            case "T": return TAKES;
            case "P": return POSITIONAL;
            default: return POSITIONAL_ONLY;
        }
    }

    /**
     * {@code v} with the declared arity, or {@code v} itself where it is not a built-in (or a class or static
     * method of one) or already declares a range the declaration would widen (its fixed bodies need their counts).
     */
    private static PyObject declared(PyObject v, int min, int max, byte form, String name) {
        int hi = max < 0 ? Integer.MAX_VALUE : max;
        if (v instanceof PyBuiltin) {
            PyBuiltin b = (PyBuiltin) v;
            if (b.maxArgs >= 0 && (min < b.minArgs || hi > b.maxArgs)) {
                return v;
            }
            return b.withArity(min, hi, form, name.equals("-") ? "" : name);
        }
        if (v instanceof PyClassMethod && ((PyClassMethod) v).func instanceof PyBuiltin) {
            PyClassMethod cm = (PyClassMethod) v;
            PyObject f = declared(cm.func, min, max, form, name);
            if (f == cm.func || cm.subtype != null) {
                return v;
            }
            PyClassMethod r = new PyClassMethod(f);
            r.builtinOwner = cm.builtinOwner;
            return r;
        }
        if (v instanceof PyStaticMethod && ((PyStaticMethod) v).func instanceof PyBuiltin) {
            PyStaticMethod sm = (PyStaticMethod) v;
            PyObject f = declared(sm.func, min, max, form, name);
            return f == sm.func || sm.subtype != null ? v : new PyStaticMethod(f);
        }
        return v;
    }
}
