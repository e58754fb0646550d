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
        return "(" + part(re) + (i.startsWith("-") ? "" : "+") + i + "j)";
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

    /**
     * (ar + ai j) / (br + bi j) by scaling with the ratio of the divisor's parts (Smith's method, as CPython), which
     * neither overflows nor loses the last bits as the textbook |b|^2 formula does.
     */
    static PyComplex quot(double ar, double ai, double br, double bi) {
        double abr = Math.abs(br), abi = Math.abs(bi);
        if (abr >= abi) {
            if (abr == 0) {
                return new PyComplex(Double.NaN, Double.NaN);
            }
            double ratio = bi / br, denom = br + bi * ratio;
            return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = br / bi, denom = br * ratio + bi;
            return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
        }
        // a NaN in the divisor
        return new PyComplex(Double.NaN, Double.NaN);
    }

    static PyObject pow(PyComplex a, PyComplex b) {
        PyComplex r = powRaw(a, b);
        if (Double.isInfinite(r.re) || Double.isInfinite(r.im)) {
            // CPython reports an infinite part as a range error, whatever the operands
            throw Py.overflow("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powRaw(PyComplex a, PyComplex b) {
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
                if (rr == 0 && ri == 0) {
                    throw Py.zeroDivision("0.0 to a negative or complex power");
                }
                return quot(1, 0, rr, ri);
            }
            return new PyComplex(rr, ri);
        }
        if (a.re == 0 && a.im == 0) {
            if (b.im != 0 || b.re < 0) {
                throw Py.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(b.re == 0 && b.im == 0 ? 1 : 0, 0);
        }
        // polar form, in CPython's order of operations (its results differ in the last bit otherwise):
        // |a|^b.re at angle arg(a) * b.re, then the imaginary exponent's factor and turn
        double vabs = Math.hypot(a.re, a.im);
        double len = Math.pow(vabs, b.re);
        double at = Math.atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0) {
            len /= Math.exp(at * b.im);
            phase += b.im * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
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
                if (b.re == 0 && b.im == 0) {
                    throw Py.zeroDivision("complex division by zero");
                }
                return quot(a.re, a.im, b.re, b.im);
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
