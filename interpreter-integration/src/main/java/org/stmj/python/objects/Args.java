package org.stmj.python.objects;

/** Argument parsing for built-in functions. */
public final class Args {
    private Args() {
    }

    /**
     * Matches positional and keyword arguments to names. Returns an array parallel to names with null for
     * missing optional ones. The first nreq names are required.
     */
    public static PyObject[] parse(String fn, PyObject[] a, String[] kw, String[] names, int nreq) {
        int nk = kw == null ? 0 : kw.length;
        int npos = a.length - nk;
        if (npos > names.length) {
            throw Py.typeError(fn + "() takes " + (nreq == names.length ? "exactly " : "at most ") + names.length
                    + " argument" + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        PyObject[] r = new PyObject[names.length];
        System.arraycopy(a, 0, r, 0, npos);
        for (int i = 0; i < nk; i++) {
            int j = indexOf(names, kw[i]);
            if (j < 0) {
                throw Py.typeError(fn + "() got an unexpected keyword argument '" + kw[i] + "'");
            }
            if (r[j] != null) {
                throw Py.typeError("argument for " + fn + "() given by name ('" + kw[i] + "') and position (" + (j + 1)
                        + ")");
            }
            r[j] = a[npos + i];
        }
        for (int i = 0; i < nreq; i++) {
            if (r[i] == null) {
                throw Py.typeError(fn + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return r;
    }

    private static int indexOf(String[] names, String n) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As {@link #check}, every count error in the form of CPython's {@code _PyArg_CheckPositional} ("reversed
     * expected 1 argument, got 0").
     */
    public static void checkPositional(String fn, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null) {
            throw Py.typeError(fn + "() takes no keyword arguments");
        }
        if (a.length < min || a.length > max) {
            int lim = a.length < min ? min : max;
            throw Py.typeError(fn + " expected " + (min == max ? "" : a.length < min ? "at least " : "at most ") + lim
                    + " argument" + (lim == 1 ? "" : "s") + ", got " + a.length);
        }
    }

    /** Positional-only check: between min and max arguments and no keywords. */
    public static void check(String fn, PyObject[] a, String[] kw, int min, int max) {
        if (kw != null) {
            throw Py.typeError(fn + "() takes no keyword arguments");
        }
        if (a.length < min || a.length > max) {
            if (min == max && min > 1) {
                // CPython's _PyArg_CheckPositional
                throw Py.typeError(fn + " expected " + min + " arguments, got " + a.length);
            }
            if (min == max) {
                throw Py.typeError(fn + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments") + " ("
                        + a.length + " given)");
            }
            if (a.length < min) {
                throw Py.typeError(fn + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got "
                        + a.length);
            }
            throw Py.typeError(fn + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got "
                    + a.length);
        }
    }

    public static int positional(PyObject[] a, String[] kw) {
        return a.length - (kw == null ? 0 : kw.length);
    }

    /** An attribute name argument (getattr, setattr, object.__setattr__, ...), with CPython's message otherwise. */
    public static String attrName(PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError("attribute name must be string, not '" + o.type().name + "'");
    }

    public static String str(PyObject o, String fn) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError(fn + " must be str, not " + o.type().name);
    }

    /**
     * Argument clinic's {@code str} converter: the value of {@code o}, or {@code _PyArg_BadArgument}'s TypeError,
     * which names None by itself and anything else by its type: "replace() argument 1 must be str, not None",
     * "decode() argument 'encoding' must be str, not int" ({@code arg} is "1" or "'encoding'"; empty: "argument").
     */
    public static String clinicStr(PyObject o, String fn, String arg) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value();
        }
        throw Py.typeError(fn + "() argument " + (arg.isEmpty() ? "" : arg + " ") + "must be str, not "
                + clinicTypeName(o));
    }

    /** The name {@code _PyArg_BadArgument} gives an argument of the wrong type: "None" for None, else its type's. */
    public static String clinicTypeName(PyObject o) {
        return o == Py.None ? "None" : o.type().name;
    }
}
