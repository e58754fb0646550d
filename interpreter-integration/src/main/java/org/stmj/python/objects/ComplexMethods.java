package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addMethod;

import org.stmj.python.vm.ThreadState;

/** Methods of complex. */
final class ComplexMethods {
    private ComplexMethods() {
    }

    /** Installs the methods of complex. */
    static void install() {
        addMethod(Builtins.COMPLEX, "conjugate",
                (ts, a, kw) -> new PyComplex(((PyComplex) a[0]).re, -((PyComplex) a[0]).im));
    }

    /** complex(real=0, imag=0): numbers, objects with __complex__/__float__/__index__, or a string. */
    static PyObject construct(ThreadState ts, PyObject[] a, String[] kw) {
        PyObject[] p = Args.parse("complex", a, kw, new String[] {"real", "imag"}, 0);
        PyObject r = p[0], i = p[1];
        if (r instanceof PyStr) {
            if (i != null) {
                throw Py.typeError("complex() can't take second arg if first is a string");
            }
            return parse(((PyStr) r).value());
        }
        if (i instanceof PyStr) {
            throw Py.typeError("complex() second arg can't be a string");
        }
        // CPython's complex_new: a real (not complex) argument is used as it is, so complex(0.0, -0.0) keeps the
        // sign of its imaginary zero; only complex arguments are combined (re - i.imag, r.imag + i.real)
        double rr = 0, ri = 0;
        boolean rComplex = false;
        if (r != null) {
            PyComplex c = asComplex(ts, r, "first");
            rr = c.re;
            ri = c.im;
            rComplex = r instanceof PyComplex || r.type().lookup("__complex__") != null;
            if (i == null && r instanceof PyComplex && r.type() == Builtins.COMPLEX) {
                return r;
            }
        }
        if (i != null) {
            PyComplex c = asComplex(ts, i, "second");
            double im = c.re;
            if (i instanceof PyComplex) {
                rr -= c.im;
            }
            if (rComplex) {
                im += ri;
            }
            ri = im;
        }
        return new PyComplex(rr, ri);
    }

    private static PyComplex asComplex(ThreadState ts, PyObject o, String which) {
        if (o instanceof PyComplex) {
            return (PyComplex) o;
        }
        PyObject cm = o.type().lookup("__complex__");
        if (cm != null) {
            PyObject v = Ops.call(ts, Ops.bindDescr(ts, cm, o, o.type()));
            if (!(v instanceof PyComplex)) {
                throw Py.typeError("__complex__ returned non-complex (type " + v.type().name + ")");
            }
            return (PyComplex) v;
        }
        if (o.type().lookup("__float__") == null && o.type().lookup("__index__") == null) {
            throw Py.typeError("complex() " + which + " argument must be a string or a number, not '"
                    + o.type().name + "'");
        }
        return new PyComplex(Ops.toDouble(ts, o), 0);
    }

    /** complex("1+2j"), "(3-4.5e1j)", "j", "-inf+nanj" ... */
    static PyComplex parse(String s0) {
        String s = StrMethods.numberStrip(s0);
        if (s.length() >= 2 && s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')') {
            s = StrMethods.numberStrip(s.substring(1, s.length() - 1));
        }
        try {
            if (s.isEmpty() || s.chars().anyMatch(c -> StrMethods.isSpace((char) c))) {
                throw Py.valueError("");
            }
            char last = s.charAt(s.length() - 1);
            if (last != 'j' && last != 'J') {
                return new PyComplex(Builtins.parseFloat(s), 0);
            }
            String body = s.substring(0, s.length() - 1);
            int k = -1;
            for (int j = body.length() - 1; j > 0; j--) {
                char c = body.charAt(j);
                char b = body.charAt(j - 1);
                if ((c == '+' || c == '-') && b != 'e' && b != 'E') {
                    k = j;
                    break;
                }
            }
            String re = k < 0 ? "" : body.substring(0, k);
            String im = k < 0 ? body : body.substring(k);
            double ri = im.isEmpty() || im.equals("+") ? 1 : im.equals("-") ? -1 : Builtins.parseFloat(im);
            return new PyComplex(re.isEmpty() ? 0 : Builtins.parseFloat(re), ri);
        } catch (PyException e) {
            throw Py.valueError("complex() arg is a malformed string");
        }
    }
}
