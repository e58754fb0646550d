package org.stmj.python.objects;

import java.math.BigInteger;
import org.stmj.api.annotation.ImmutableArray;

/** Singletons, boxing helpers and exception factories. All fields are immutable after class initialisation. */
public final class Py {
    private Py() {
    }

    public static final PyNone None = new PyNone();
    public static final PyBool True = new PyBool(true);
    public static final PyBool False = new PyBool(false);
    public static final PySingleton NotImplemented = new PySingleton("NotImplemented", "NotImplementedType");
    public static final PySingleton Ellipsis = new PySingleton("Ellipsis", "ellipsis");
    public static final PyObject[] EMPTY = new PyObject[0];
    public static final PyTuple EMPTY_TUPLE = new PyTuple(EMPTY);

    private static final int CACHE_LO = -5, CACHE_HI = 1024;
    /** Immutable small-int cache, filled at class initialisation. */
    @ImmutableArray
    private static final PyInt[] SMALL = new PyInt[CACHE_HI - CACHE_LO + 1];
    /**
     * Immutable one-character string cache (Latin-1). Its strings are the interned Java strings, the same objects
     * as the compiler's interned names: a one-letter attribute name ({@code self.x}) stored as a dict key from this
     * cache then matches the name of a load by identity in {@code String.equals}, not by comparing contents.
     */
    @ImmutableArray
    private static final PyStr[] CHARS = new PyStr[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i + CACHE_LO);
        }
        for (int i = 0; i < CHARS.length; i++) {
            CHARS[i] = new PyStr(String.valueOf((char) i).intern());
        }
    }

    public static PyInt newInt(long v) {
        if (v >= CACHE_LO && v <= CACHE_HI) {
            return SMALL[(int) v - CACHE_LO];
        }
        return new PyInt(v);
    }

    public static PyInt newInt(BigInteger v) {
        if (v.bitLength() < 64) {
            return newInt(v.longValue());
        }
        return new PyInt(v);
    }

    public static PyFloat newFloat(double v) {
        return new PyFloat(v);
    }

    public static PyStr str(String s) {
        if (s.length() == 1) {
            char c = s.charAt(0);
            if (c < 256) {
                return CHARS[c];
            }
        }
        return new PyStr(s);
    }

    public static PyStr chr(int cp) {
        if (cp < 256) {
            return CHARS[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    public static PyBool bool(boolean b) {
        return b ? True : False;
    }

    public static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] a = new PyObject[rest.length + 1];
        a[0] = first;
        System.arraycopy(rest, 0, a, 1, rest.length);
        return a;
    }

    /**
     * The UnicodeDecodeError of a text file's strict read of {@code b[off, off + len)}, which {@code cs} refused at
     * {@code at} (relative to off): bytes.decode's error and attributes, else {@code fallback} with attributes.
     */
    public static PyException fileDecodeError(byte[] b, int off, int len, java.nio.charset.Charset cs, int at,
            String fallback) {
        return Codecs.fileDecodeError(b, off, len, cs, at, fallback);
    }

    public static PyException raise(PyType type, String msg) {
        return new PyException(new PyBaseException(type, str(msg)));
    }

    public static PyException typeError(String msg) {
        return raise(Exc.TypeError, msg);
    }

    public static PyException valueError(String msg) {
        return raise(Exc.ValueError, msg);
    }

    public static PyException indexError(String msg) {
        return raise(Exc.IndexError, msg);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(new PyBaseException(Exc.KeyError, key));
    }

    public static PyException attributeError(String msg) {
        return raise(Exc.AttributeError, msg);
    }

    public static PyException nameError(String name) {
        PyBaseException e = new PyBaseException(Exc.NameError, str("name '" + name + "' is not defined"));
        e.attrs().putStr("name", str(name));
        return new PyException(e);
    }

    public static PyException zeroDivision(String msg) {
        return raise(Exc.ZeroDivisionError, msg);
    }

    public static PyException overflow(String msg) {
        return raise(Exc.OverflowError, msg);
    }

    public static PyException runtimeError(String msg) {
        return raise(Exc.RuntimeError, msg);
    }

    public static PyException systemError(String msg) {
        return raise(Exc.SystemError, msg);
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(value == null || value == None ? new PyBaseException(Exc.StopIteration)
                : new PyBaseException(Exc.StopIteration, value));
    }
}
