package org.stmj.python.objects;

/**
 * The two operators of the superinstruction {@code BINARY op1; LOAD_CONST k; BINARY|INPLACE op2} (k an exact int of
 * machine size, {@code compiler.Op#BINARY_CONST_BINARY}) on exact ints and floats: {@code (a op1 b) op2 k} computed
 * on longs or doubles, without the object of the intermediate result ({@code ij * (ij + 1) // 2}: one int allocated
 * instead of two). For these types {@code BINARY} and {@code INPLACE} agree (neither has {@code __i<op>__}).
 */
public final class ArithChain {
    /**
     * What {@link #longOp} answers when its fast path does not apply (an overflow, a divisor that is not positive,
     * another operator). A true result of this value takes the general path too, which computes it.
     */
    private static final long FAIL = Long.MIN_VALUE;

    private ArithChain() {
    }

    /**
     * {@code (a op1 b) op2 k}, the two operators as {@code BINARY} computes them one after the other, for exact ints
     * of machine size (each result too; {@code /} of such ints below 2**53) or exact floats with such ints (the
     * operators {@code + - * /}); null where anything else must run (other types, an overflow, a zero divisor,
     * another operator): nothing was done then. k must be an exact int of machine size ({@code Code.quicken} fuses
     * only such constants).
     */
    public static PyObject binaryConst(int op1, PyObject a, PyObject b, int op2, PyObject k) {
        long c = ((PyInt) k).v;
        if (a.getClass() == PyInt.class & b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null & y.big == null) {
                long r = longOp(op1, x.v, y.v);
                if (r != FAIL) {
                    if (op2 == Ops.TRUEDIV) {
                        return exact(r) && exact(c) && c != 0 ? Py.newFloat((double) r / (double) c) : null;
                    }
                    r = longOp(op2, r, c);
                    return r != FAIL ? Py.newInt(r) : null;
                }
                if (op1 == Ops.TRUEDIV && exact(x.v) && exact(y.v) && y.v != 0 && floatFits(op2, c)) {
                    return Py.newFloat(doubleOp(op2, (double) x.v / (double) y.v, (double) c));
                }
            }
            return null;
        }
        return floatChain(op1, a, b, op2, c);
    }

    /** An exact float, or an exact int of machine size (converted as float(int) rounds): a float path operand. */
    public static boolean isReal(PyObject o) {
        return o.getClass() == PyFloat.class || o.getClass() == PyInt.class && ((PyInt) o).big == null;
    }

    /** The value of an {@link #isReal} operand as a double. */
    public static double real(PyObject o) {
        return o.getClass() == PyFloat.class ? ((PyFloat) o).v : (double) ((PyInt) o).v;
    }

    /**
     * {@code a op b} as {@code BINARY} computes it, for the superinstruction {@code LOAD_FAST a; LOAD_FAST b;
     * BINARY|INPLACE op} ({@code compiler.Op#LOAD_FAST_LOAD_FAST_BINARY}): two exact ints of machine size with an
     * operator of the int fast path ({@code + - * // % & | ^}, a result of machine size, a positive divisor), or
     * exact floats and such ints with {@code + - * /} (a non-zero divisor); null for anything else: nothing was done
     * then, and the operator runs by itself.
     */
    public static PyObject binary(int op, PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class & b.getClass() == PyInt.class) {
            PyInt x = (PyInt) a, y = (PyInt) b;
            if (x.big == null & y.big == null) {
                long r = longOp(op, x.v, y.v);
                return r != FAIL ? Py.newInt(r) : null;
            }
            return null;
        }
        if (!isReal(a) || !isReal(b)) {
            return null;
        }
        double x = real(a), y = real(b);
        return floatFits(op, y) ? Py.newFloat(doubleOp(op, x, y)) : null;
    }

    /**
     * {@code c op2 (a op1 b)} of three exact floats, both operators among {@code + - * /} (each divisor non-zero),
     * as the two float operators compute it one after the other (the inner result rounded to a double; no fused
     * multiply-add), for {@code LOAD_FAST a; LOAD_FAST b; BINARY op1; BINARY|INPLACE op2} ({@code
     * compiler.Op#LOAD_FAST_LOAD_FAST_BINARY2}; c is the value below the pair): one float allocated instead of two.
     * Null for anything else: nothing was done then.
     */
    public static PyObject binary2(int op1, PyObject a, PyObject b, int op2, PyObject c) {
        if (a.getClass() == PyFloat.class & b.getClass() == PyFloat.class & c.getClass() == PyFloat.class) {
            double y = ((PyFloat) b).v;
            if (floatFits(op1, y)) {
                double p = doubleOp(op1, ((PyFloat) a).v, y);
                if (floatFits(op2, p)) {
                    return Py.newFloat(doubleOp(op2, ((PyFloat) c).v, p));
                }
            }
        }
        return null;
    }

    /**
     * Whether v converts to a double exactly (at most 53 bits): then int / int is the quotient of the two doubles,
     * correctly rounded, as CPython's long_true_divide computes it for such operands.
     */
    private static boolean exact(long v) {
        return v >= -(1L << 53) && v <= 1L << 53;
    }

    /** a op b for the operators of the int fast path, or {@link #FAIL}. */
    private static long longOp(int op, long a, long b) {
        long r;
        switch (op) {
            case Ops.ADD:
                r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? FAIL : r;
            case Ops.SUB:
                r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? FAIL : r;
            case Ops.MUL: {
                long hi = Math.multiplyHigh(a, b);
                r = a * b;
                return (hi == 0 && r >= 0) || (hi == -1 && r < 0) ? r : FAIL;
            }
            case Ops.FLOORDIV:
                return b > 0 ? Math.floorDiv(a, b) : FAIL;
            case Ops.MOD:
                return b > 0 ? Math.floorMod(a, b) : FAIL;
            case Ops.AND:
                return a & b;
            case Ops.OR:
                return a | b;
            case Ops.XOR:
                return a ^ b;
            default:
                return FAIL;
        }
    }

    /**
     * The float side of {@link #binaryConst}: a and b exact floats or exact ints of machine size (converted as
     * {@code float(int)} rounds), op1 and op2 among {@code + - * /} with a non-zero divisor; else null.
     */
    private static PyObject floatChain(int op1, PyObject a, PyObject b, int op2, long c) {
        if (!isReal(a) || !isReal(b)) {
            return null;
        }
        double x = real(a), y = real(b);
        double z = (double) c;
        if (!floatFits(op1, y) || !floatFits(op2, z)) {
            return null;
        }
        return Py.newFloat(doubleOp(op2, doubleOp(op1, x, y), z));
    }

    /** Whether {@link #doubleOp} computes op with divisor d as float's operator does (no exception to raise). */
    private static boolean floatFits(int op, double d) {
        return op == Ops.ADD || op == Ops.SUB || op == Ops.MUL || op == Ops.TRUEDIV && d != 0;
    }

    private static double doubleOp(int op, double x, double y) {
        switch (op) {
            case Ops.ADD:
                return x + y;
            case Ops.SUB:
                return x - y;
            case Ops.MUL:
                return x * y;
            default:
                return x / y;
        }
    }
}
