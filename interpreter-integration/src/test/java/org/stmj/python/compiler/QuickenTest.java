package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.objects.Ops;

/**
 * Superinstructions made at code load ({@link Code#quicken}): which pairs are fused, that no pair hides a trace
 * point in its second half, and that the compiled program stays recoverable ({@link Code#plainCode}).
 */
class QuickenTest {
    private static Code function(String src) {
        Code m = Compiler.compile(src, "t.py", false);
        for (Object c : m.consts) {
            if (c instanceof Code) {
                return (Code) c;
            }
        }
        throw new AssertionError("no function in " + src);
    }

    private static int count(Code c, int op) {
        int n = 0;
        for (int i = 0; i < c.plainLength; i++) {
            n += Op.op(c.code[i]) == op ? 1 : 0;
        }
        return n;
    }

    @Test
    void whenLocalThenItsAttributeOnOneLine_thenOnePairEach() {
        Code f = function("def f(a, b):\n    return a.x + b.y\n");
        assertEquals(2, count(f, Op.LOAD_FAST_LOAD_ATTR));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.LOAD_FAST_LOAD_ATTR) {
                assertEquals(Op.LOAD_FAST, Op.op(plain[i]));
                assertEquals(Op.arg(plain[i]), Op.arg(f.code[i]));
                assertEquals(Op.LOAD_ATTR, Op.op(f.code[i + 1]));
            }
        }
    }

    @Test
    void whenTwoLocalsThenAnAttribute_thenTheSecondLocalPairsWithTheAttribute() {
        Code f = function("def f(a, b):\n    return g(a, b.x)\n");
        assertEquals(1, count(f, Op.LOAD_FAST_LOAD_ATTR));
        assertEquals(0, count(f, Op.LOAD_FAST_LOAD_FAST));
        Code h = function("def f(a, b):\n    return g(a, b)\n");
        assertEquals(1, count(h, Op.LOAD_FAST_LOAD_FAST));
    }

    @Test
    void whenTwoLocalsThenAnOperator_thenTheyFuseAndWithASecondOperatorToo() {
        // nbody: dx * dx alone, dy * dy with the + after it, c -= dx * bm (c stays by itself), x and dy * bm
        Code f = function("def f(dx, dy, bm, c, x):\n    d2 = dx * dx + dy * dy\n    c -= dx * bm\n"
                + "    return g(x, dy * bm)\n");
        assertEquals(2, count(f, Op.LOAD_FAST_LOAD_FAST_BINARY));
        assertEquals(2, count(f, Op.LOAD_FAST_LOAD_FAST_BINARY2));
        assertEquals(0, count(f, Op.LOAD_FAST_LOAD_FAST));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            int op = Op.op(f.code[i]);
            if (op == Op.LOAD_FAST_LOAD_FAST_BINARY || op == Op.LOAD_FAST_LOAD_FAST_BINARY2) {
                assertEquals(Op.LOAD_FAST, Op.op(plain[i]));
                assertEquals(Op.arg(plain[i]), Op.arg(f.code[i]));
                assertEquals(Op.LOAD_FAST, Op.op(f.code[i + 1]));
                assertEquals(Ops.MUL, Op.arg(f.code[i + 2]));
                assertEquals(Op.BINARY, Op.op(f.code[i + 2]));
            }
            if (op == Op.LOAD_FAST_LOAD_FAST_BINARY2) {
                int fourth = Op.op(f.code[i + 3]);
                assertEquals(true, fourth == Op.BINARY || fourth == Op.INPLACE);
            }
        }
        // the operator on a line of its own: the locals pair only
        Code h = function("def f(a, b):\n    return (a * b\n        + a, a\n        * b)\n");
        assertEquals(1, count(h, Op.LOAD_FAST_LOAD_FAST_BINARY));
        assertEquals(0, count(h, Op.LOAD_FAST_LOAD_FAST_BINARY2));
    }

    @Test
    void whenALocalThenAConstant_thenTheyPair() {
        // n += 1 and b + 2 (after a: b, the constant and the operator make the triple) and p[0]
        Code f = function("def f(p, n, a, b):\n    n += 1\n    return p[0] + n + g(a, b + 2)\n");
        assertEquals(1, count(f, Op.LOAD_FAST_LOAD_CONST));
        assertEquals(2, count(f, Op.LOAD_FAST_LOAD_CONST_BINARY));
        assertEquals(0, count(f, Op.LOAD_FAST_LOAD_FAST));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            int op = Op.op(f.code[i]);
            if (op == Op.LOAD_FAST_LOAD_CONST || op == Op.LOAD_FAST_LOAD_CONST_BINARY) {
                assertEquals(Op.LOAD_FAST, Op.op(plain[i]));
                assertEquals(Op.LOAD_CONST, Op.op(f.code[i + 1]));
            }
            if (op == Op.LOAD_FAST_LOAD_CONST_BINARY) {
                int third = Op.op(f.code[i + 2]);
                assertEquals(true, third == Op.BINARY || third == Op.INPLACE);
            }
        }
        // the constant starts a line: no pair
        Code g = function("def f(a):\n    return (a +\n        1)\n");
        assertEquals(0, count(g, Op.LOAD_FAST_LOAD_CONST) + count(g, Op.LOAD_FAST_LOAD_CONST_BINARY));
    }

    @Test
    void whenAnOperatorThenAnIntConstantThenAnOperator_thenTheyChain() {
        // spectral_norm's a(): ij + 1 is the local-constant triple; then * 2 // and + 1 + chain
        Code f = function("def f(i, ij):\n    return 1.0 / (ij * (ij + 1) // 2 + i + 1)\n");
        assertEquals(2, count(f, Op.BINARY_CONST_BINARY));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.BINARY_CONST_BINARY) {
                assertEquals(Op.BINARY, Op.op(plain[i]));
                assertEquals(Op.arg(plain[i]), Op.arg(f.code[i]));
                assertEquals(Op.LOAD_CONST, Op.op(f.code[i + 1]));
                int third = Op.op(f.code[i + 2]);
                assertEquals(true, third == Op.BINARY || third == Op.INPLACE);
            }
        }
        // a float or str constant, or the constant on a line of its own: no chain
        Code g = function("def f(a, b):\n    return (a * b + 0.5, a * b + 's', (a * b\n        + 1))\n");
        assertEquals(0, count(g, Op.BINARY_CONST_BINARY));
    }

    @Test
    void whenASliceIsSubscriptedOrAssigned_thenTheSliceBuildPairsWithTheSubscript() {
        Code f = function("def f(p, k):\n    p[:k] = p[k::-1]\n    return p[1:k] + p[k]\n");
        assertEquals(3, count(f, Op.SLICE_SUBSCR));
        assertEquals(0, count(f, Op.BUILD_SLICE));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.SLICE_SUBSCR) {
                assertEquals(Op.BUILD_SLICE, Op.op(plain[i]));
                assertEquals(Op.arg(plain[i]), Op.arg(f.code[i]));
                int next = Op.op(f.code[i + 1]);
                assertEquals(true, next == Op.BINARY_SUBSCR || next == Op.STORE_SUBSCR, "followed by " + next);
            }
        }
        // a slice that is not subscripted right away (an argument) stays a BUILD_SLICE
        Code g = function("def f(p, k):\n    return p.__getitem__(slice(1, k)), p[1:k, 2]\n");
        assertEquals(0, count(g, Op.SLICE_SUBSCR));
    }

    @Test
    void whenAProductIsAddedOrSubtractedAtOnce_thenMulAddPairs() {
        // attributes, not locals (two locals and an operator are LOAD_FAST_LOAD_FAST_BINARY2's)
        Code f = function("def f(a, b, c, d):\n    c -= a.x * b.x\n"
                + "    return c + a.x * b.x - d.x * a.x + (a.x * b.x) * c\n");
        // c -= a * b; c + a * b; ... - d * a; ... + (a * b) * c: the outer product only (a * b is multiplied)
        assertEquals(4, count(f, Op.MUL_ADD));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.MUL_ADD) {
                assertEquals(Op.BINARY, Op.op(plain[i]));
                assertEquals(Ops.MUL, Op.arg(plain[i]));
                int next = f.code[i + 1];
                assertEquals(true, Op.op(next) == Op.BINARY || Op.op(next) == Op.INPLACE);
                assertEquals(true, Op.arg(next) == Ops.ADD || Op.arg(next) == Ops.SUB);
            }
        }
        assertEquals(0, count(function("def f(a, b, c):\n    return c * (a * b) / a ** b // c\n"), Op.MUL_ADD));
    }

    @Test
    void whenAnAttributeOfALocalIsAugmented_thenItsStartAndEndAreFused() {
        Code f = function("def f(a, b, v):\n    a.x += v\n    b.y -= v * a.x\n    g().z *= 2\n");
        assertEquals(2, count(f, Op.LOAD_FAST_DUP_LOAD_ATTR)); // g().z starts with a call: its DUP_TOP stays
        assertEquals(3, count(f, Op.DUP_TOP)); // the fused ones stay in place, read over
        assertEquals(3, count(f, Op.ROT_TWO_STORE_ATTR));
        assertEquals(0, count(f, Op.ROT_TWO));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            int op = Op.op(f.code[i]);
            if (op == Op.LOAD_FAST_DUP_LOAD_ATTR) {
                assertEquals(Op.LOAD_FAST, Op.op(plain[i]));
                assertEquals(Op.arg(plain[i]), Op.arg(f.code[i]));
                assertEquals(Op.DUP_TOP, Op.op(f.code[i + 1]));
                assertEquals(Op.LOAD_ATTR, Op.op(f.code[i + 2]));
            } else if (op == Op.ROT_TWO_STORE_ATTR) {
                assertEquals(Op.ROT_TWO, Op.op(plain[i]));
                assertEquals(Op.STORE_ATTR, Op.op(f.code[i + 1]));
            }
        }
        // an object that is not a local: only the end is fused
        Code h = function("def f(v):\n    G.x += v\n");
        assertEquals(0, count(h, Op.LOAD_FAST_DUP_LOAD_ATTR));
        assertEquals(1, count(h, Op.ROT_TWO_STORE_ATTR));
    }

    @Test
    void whenSecondInstructionIsATracePoint_thenNotFused() {
        // the attribute load starts line 3: a line event is due there, so it must stay reachable by itself
        Code f = function("def f(a, b):\n    return (a\n        .x) + (b *\n        a\n        + b) + (a * b\n"
                + "        - b * a)\n");
        boolean[] point = new boolean[f.plainLength];
        for (int tp : f.tracePoints) {
            point[tp >> 8] = true;
        }
        for (int i = 0; i + 1 < f.plainLength; i++) {
            int op = Op.op(f.code[i]);
            if (op == Op.LOAD_FAST_LOAD_ATTR || op == Op.LOAD_FAST_LOAD_FAST || op == Op.SLICE_SUBSCR
                    || op == Op.LOAD_FAST_LOAD_CONST || op == Op.LOAD_FAST_LOAD_CONST_BINARY
                    || op == Op.MUL_ADD || op == Op.ROT_TWO_STORE_ATTR || op == Op.LOAD_FAST_DUP_LOAD_ATTR
                    || op == Op.BINARY_CONST_BINARY || op == Op.LOAD_FAST_LOAD_FAST_BINARY
                    || op == Op.LOAD_FAST_LOAD_FAST_BINARY2) {
                assertEquals(false, point[i + 1], "pair at " + i + " hides a trace point");
            }
            if (op == Op.LOAD_FAST_DUP_LOAD_ATTR || op == Op.LOAD_FAST_LOAD_CONST_BINARY
                    || op == Op.BINARY_CONST_BINARY || op == Op.LOAD_FAST_LOAD_FAST_BINARY
                    || op == Op.LOAD_FAST_LOAD_FAST_BINARY2) {
                assertEquals(false, point[i + 2], "triple at " + i + " hides a trace point");
            }
            if (op == Op.LOAD_FAST_LOAD_FAST_BINARY2) {
                assertEquals(false, point[i + 3], "quadruple at " + i + " hides a trace point");
            }
        }
    }

    @Test
    void whenSerialised_thenTheCompiledInstructionsAreWrittenAndQuickenedAgainOnLoad() {
        Code f = function("def f(a, b):\n    return a.x + b.y + a + b\n");
        int[] plain = f.plainCode();
        for (int ins : plain) {
            int op = Op.op(ins);
            assertEquals(Op.base(op), op);
        }
        int[] again = plain.clone();
        Code.quicken(again, again.length, f.tracePoints, f.consts);
        assertArrayEquals(java.util.Arrays.copyOf(f.code, f.plainLength), again);
    }

    @Test
    void whenUnpackIntoLocals_thenOneSuperinstructionAndTheStoresStay() {
        Code f = function("def f(t):\n    a, b, c = t\n    return a\n");
        assertEquals(1, count(f, Op.UNPACK_SEQUENCE_STORE_FAST));
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.UNPACK_SEQUENCE_STORE_FAST) {
                assertEquals(3, Op.arg(f.code[i]));
                assertEquals(Op.UNPACK_SEQUENCE, Op.op(f.plainCode()[i]));
                for (int j = 1; j <= 3; j++) {
                    assertEquals(Op.STORE_FAST, Op.op(f.code[i + j]));
                }
            }
        }
    }

    @Test
    void whenUnpackIntoNonLocals_thenNotFused() {
        // a nested target, an attribute and a global: not all n stores are STORE_FASTs
        assertEquals(0, count(function("def f(t, o):\n    a, o.x = t\n"), Op.UNPACK_SEQUENCE_STORE_FAST));
        assertEquals(0, count(function("def f(t):\n    global g\n    a, g = t\n"),
                Op.UNPACK_SEQUENCE_STORE_FAST));
        Code nested = function("def f(t):\n    a, (b, c) = t\n");
        assertEquals(1, count(nested, Op.UNPACK_SEQUENCE_STORE_FAST)); // the inner (b, c) only
        assertEquals(1, count(nested, Op.UNPACK_SEQUENCE));
    }

    @Test
    void whenAStoreIsATracePoint_thenNotFused() {
        // the second target starts line 3: its store is a line start
        Code f = function("def f(t):\n    (a,\n     b) = t\n");
        boolean[] point = new boolean[f.plainLength + 1];
        for (int tp : f.tracePoints) {
            point[tp >> 8] = true;
        }
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.UNPACK_SEQUENCE_STORE_FAST) {
                for (int j = 1; j <= Op.arg(f.code[i]); j++) {
                    assertEquals(false, point[i + j], "unpack at " + i + " hides a trace point");
                }
            }
        }
    }

    @Test
    void whenTupleAssignmentToLocals_thenNoTupleAndTheCompiledProgramRecoverable() {
        Code f = function("def f(a, b):\n    a, b = b, a + b\n    return a\n");
        assertEquals(1, count(f, Op.BUILD_TUPLE_STORE_FAST));
        assertEquals(0, count(f, Op.UNPACK_SEQUENCE_STORE_FAST));
        int[] plain = f.plainCode();
        for (int i = 0; i < f.plainLength; i++) {
            if (Op.op(f.code[i]) == Op.BUILD_TUPLE_STORE_FAST) {
                assertEquals(Op.BUILD_TUPLE, Op.op(plain[i]));
                assertEquals(Op.UNPACK_SEQUENCE, Op.op(f.code[i + 1]));
            }
        }
        int[] again = plain.clone();
        Code.quicken(again, again.length, f.tracePoints, f.consts);
        assertArrayEquals(java.util.Arrays.copyOf(f.code, f.plainLength), again);
        // different lengths: a tuple of 3 unpacked as 2 must raise, so it stays a tuple and an unpack
        Code g = function("def f(a, b):\n    a, = a,\n    x, y = (a, b) if a else (b, a)\n");
        assertEquals(1, count(g, Op.BUILD_TUPLE_STORE_FAST));
    }
}
