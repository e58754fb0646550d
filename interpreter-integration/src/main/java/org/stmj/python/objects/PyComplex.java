package org.stmj.python.objects;

import org.stmj.python.vm.ThreadState;

/** A complex number (immutable). */
public class PyComplex extends PyObject {
    public final double re, im;

    public PyComplex(double re, double im) {
        this.re = re;
        this.im = im;
    }

    @Override
    public PyType type() {
        return Builtins.COMPLEX;
    }

    private static String part(double d) {
        String s = PyFloat.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    @Override
    public String repr(ThreadState ts) {
        if (re == 0 && 1 / re > 0) {
            return part(im) + "j";
        }
        String i = part(im);
        return "(" + part(re) + (i.startsWith("-") || Double.isNaN(im) ? "" : "+") + i + "j)";
    }

    @Override
    public boolean truth(ThreadState ts) {
        return re != 0 || im != 0;
    }

    @Override
    public long hash(ThreadState ts) {
        return PyFloat.hash(re) + 1000003L * PyFloat.hash(im);
    }

    static PyComplex of(PyObject o) {
        if (o instanceof PyComplex) {
            return (PyComplex) o;
        }
        if (o instanceof PyFloat) {
            return new PyComplex(((PyFloat) o).v, 0);
        }
        if (o instanceof PyInt) {
            return new PyComplex(((PyInt) o).toDouble(), 0);
        }
        return null;
    }

    static PyObject pow(PyComplex a, PyComplex b) {
        if (b.im == 0 && b.re == Math.rint(b.re) && Math.abs(b.re) <= 100) {
            long n = (long) Math.abs(b.re);
            double rr = 1, ri = 0, xr = a.re, xi = a.im;
            while (n > 0) {
                if ((n & 1) != 0) {
                    double t = rr * xr - ri * xi;
                    ri = rr * xi + ri * xr;
                    rr = t;
                }
                double t = xr * xr - xi * xi;
                xi = 2 * xr * xi;
                xr = t;
                n >>= 1;
            }
            if (b.re < 0) {
                double d = rr * rr + ri * ri;
                if (d == 0) {
                    throw Py.zeroDivision("0.0 to a negative or complex power");
                }
                return new PyComplex(rr / d, -ri / d);
            }
            return new PyComplex(rr, ri);
        }
        if (a.re == 0 && a.im == 0) {
            return new PyComplex(b.re == 0 && b.im == 0 ? 1 : 0, 0);
        }
        double r = Math.hypot(a.re, a.im), th = Math.atan2(a.im, a.re);
        double lr = Math.log(r);
        double nr = Math.exp(b.re * lr - b.im * th), nt = b.im * lr + b.re * th;
        return new PyComplex(nr * Math.cos(nt), nr * Math.sin(nt));
    }

    static PyObject binary(int op, PyObject x, PyObject y) {
        PyComplex a = of(x), b = of(y);
        if (a == null || b == null) {
            return null;
        }
        switch (op) {
            case Ops.ADD: return new PyComplex(a.re + b.re, a.im + b.im);
            case Ops.SUB: return new PyComplex(a.re - b.re, a.im - b.im);
            case Ops.MUL: return new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
            case Ops.TRUEDIV: {
                double d = b.re * b.re + b.im * b.im;
                if (d == 0) {
                    throw Py.zeroDivision("complex division by zero");
                }
                return new PyComplex((a.re * b.re + a.im * b.im) / d, (a.im * b.re - a.re * b.im) / d);
            }
            case Ops.POW: return pow(a, b);
            default: return null;
        }
    }

    @Override
    public PyObject richcmp(ThreadState ts, PyObject o, int op) {
        PyComplex b = of(o);
        if (b == null || (op != Ops.EQ && op != Ops.NE)) {
            return null;
        }
        return Py.bool((re == b.re && im == b.im) == (op == Ops.EQ));
    }
}
