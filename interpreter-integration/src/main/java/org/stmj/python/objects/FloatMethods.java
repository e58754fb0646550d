package org.stmj.python.objects;

import static org.stmj.python.objects.Methods.addClassMethod;
import static org.stmj.python.objects.Methods.addMethod;
import static org.stmj.python.objects.Methods.addMethod0;

/** Methods of float. */
final class FloatMethods {
    private FloatMethods() {
    }

    /** Installs the methods of float. */
    static void install() {
        PyType F = Builtins.FLOAT;
        addMethod0(F, "is_integer", (ts, self) -> {
            double d = ((PyFloat) self).v;
            return Py.bool(!Double.isInfinite(d) && d == Math.rint(d));
        });
        addMethod(F, "conjugate", (ts, a, kw) -> a[0]);
        addMethod(F, "__trunc__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {a[0]}, null));
        addMethod(F, "__floor__",
                (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT,
                new PyObject[] {Py.newFloat(Math.floor(((PyFloat) a[0]).v))}, null));
        addMethod(F, "__ceil__",
                (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT,
                new PyObject[] {Py.newFloat(Math.ceil(((PyFloat) a[0]).v))}, null));
        addMethod(F, "__int__", (ts, a, kw) -> Builtins.newInt(ts, Builtins.INT, new PyObject[] {a[0]}, null));
        addMethod(F, "__float__", (ts, a, kw) -> a[0]);
        addMethod(F, "__repr__", (ts, a, kw) -> Py.str(Py.newFloat(((PyFloat) a[0]).v).repr(ts)));
        addMethod(F, "__str__", (ts, a, kw) -> Py.str(Py.newFloat(((PyFloat) a[0]).v).repr(ts)));
        addMethod(F, "hex", (ts, a, kw) -> Py.str(floatHex(((PyFloat) a[0]).v)));
        addClassMethod(F, "fromhex", (ts, a, kw) -> {
            if (!(a[1] instanceof PyStr)) {
                throw Py.typeError("bad argument type for built-in operation"); // PyUnicode_AsUTF8AndSize's
            }
            String h = StrMethods.asciiStrip(Ops.str(ts, a[1])).toLowerCase(java.util.Locale.ROOT);
            double v;
            if (h.matches("[+-]?(inf|infinity)")) {
                v = h.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } else if (h.matches("[+-]?nan")) {
                v = Double.NaN;
            } else {
                if (!h.contains("p")) {
                    h = h + "p0";
                }
                if (!h.matches("[+-]?(0x)?([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)p[+-]?\\d+")) {
                    throw Py.valueError("invalid hexadecimal floating-point string");
                }
                String sign = h.startsWith("-") ? "-" : "";
                if (h.startsWith("-") || h.startsWith("+")) {
                    h = h.substring(1);
                }
                if (!h.startsWith("0x")) {
                    h = "0x" + h;
                }
                String mant = h.substring(0, h.indexOf('p'));
                java.math.BigInteger exp = new java.math.BigInteger(h.substring(h.indexOf('p') + 1).replace("+", ""));
                boolean zero = mant.replaceAll("[0x.]", "").isEmpty();
                if (zero || exp.compareTo(java.math.BigInteger.valueOf(-1000000)) < 0) {
                    v = zero || exp.signum() < 0 ? 0.0 : Double.POSITIVE_INFINITY;
                } else if (exp.compareTo(java.math.BigInteger.valueOf(1000000)) > 0) {
                    v = Double.POSITIVE_INFINITY;
                } else {
                    v = Double.parseDouble(h);
                }
                if (Double.isInfinite(v)) {
                    throw Py.overflow("hexadecimal value too large to represent as a float");
                }
                if (sign.equals("-")) {
                    v = -v;
                }
            }
            return a[0] == Builtins.FLOAT ? Py.newFloat(v) : Ops.call(ts, a[0], Py.newFloat(v));
        });
        addMethod(F, "as_integer_ratio", (ts, a, kw) -> {
            double d = ((PyFloat) a[0]).v;
            if (Double.isInfinite(d)) {
                throw Py.overflow("cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw Py.valueError("cannot convert NaN to integer ratio");
            }
            java.math.BigDecimal bd = new java.math.BigDecimal(d);
            java.math.BigInteger num = bd.unscaledValue(), den = java.math.BigInteger.TEN.pow(Math.max(0, bd.scale()));
            if (bd.scale() < 0) {
                num = num.multiply(java.math.BigInteger.TEN.pow(-bd.scale()));
            }
            java.math.BigInteger g = num.gcd(den);
            return new PyTuple(Py.newInt(num.divide(g)), Py.newInt(den.divide(g)));
        });
        addClassMethod(Builtins.FLOAT, "__getformat__", (ts, a, kw) -> {
            if (!(a[1] instanceof PyStr)) {
                Args.clinicStr(a[1], "__getformat__", "");
            }
            String t = Ops.str(ts, a[1]);
            if (!t.equals("double") && !t.equals("float")) {
                throw Py.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return Py.str("IEEE, little-endian");
        });
    }

    /** float.hex() in CPython's format: 0x1.<13 hex digits>p<exp>. */
    static String floatHex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        d = Math.abs(d);
        if (d == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(d);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        return sign + "0x" + lead + "." + String.format("%013x", mant) + "p" + (exp >= 0 ? "+" : "") + exp;
    }
}
