package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
        Code h = function("def f(a, b):\n    return a + b\n");
        assertEquals(1, count(h, Op.LOAD_FAST_LOAD_FAST));
    }

    @Test
    void whenSecondInstructionIsATracePoint_thenNotFused() {
        // the attribute load starts line 3: a line event is due there, so it must stay reachable by itself
        Code f = function("def f(a):\n    return (a\n        .x)\n");
        boolean[] point = new boolean[f.plainLength];
        for (int tp : f.tracePoints) {
            point[tp >> 8] = true;
        }
        for (int i = 0; i + 1 < f.plainLength; i++) {
            int op = Op.op(f.code[i]);
            if (op == Op.LOAD_FAST_LOAD_ATTR || op == Op.LOAD_FAST_LOAD_FAST) {
                assertEquals(false, point[i + 1], "pair at " + i + " hides a trace point");
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
        Code.quicken(again, again.length, f.tracePoints);
        assertArrayEquals(java.util.Arrays.copyOf(f.code, f.plainLength), again);
    }
}
