package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A code object's trace points and trace appendix: the program proper is what the compiler made, each point has
 * a copy of its instruction followed by a jump back, and appendix positions map to their originals.
 */
class TracePointsTest {
    private static Code function(String src) {
        Code m = Compiler.compile(src, "t.py", false);
        for (Object c : m.consts) {
            if (c instanceof Code) {
                return (Code) c;
            }
        }
        throw new AssertionError("no function in " + src);
    }

    @Test
    void whenCompiled_thenEveryPointHasACopyAndAJumpBack() {
        Code f = function("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
        assertEquals(f.plainLength + 2 * f.tracePoints.length, f.code.length);
        assertEquals(f.code.length, f.caches.length);
        int[] plain = f.plainCode();
        for (int k = 0; k < f.tracePoints.length; k++) {
            int pc = f.tracePoints[k] >> 8;
            int copy = f.plainLength + 2 * k;
            assertEquals(plain[pc], f.code[copy]);
            assertEquals(Op.JUMP | (pc + 1) << 8, f.code[copy + 1]);
            assertEquals(f.lines[pc], f.lines[copy]);
            assertEquals(pc, f.originalPc(copy));
            assertEquals(pc, f.originalPc(copy + 1));
        }
    }

    @Test
    void whenAFunctionHasLinesLoopsAndAReturn_thenThePointsAreItsEntryLineStartsTargetsAndReturn() {
        Code f = function("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n");
        int kinds = 0;
        int lineStarts = 0;
        for (int k = 0; k < f.tracePoints.length; k++) {
            int pc = f.tracePoints[k] >> 8;
            int kind = f.tracePoints[k] & 0xff;
            kinds |= kind;
            if (pc > 0 && f.lines[pc] != f.lines[pc - 1]) {
                lineStarts++;
                assertTrue((kind & Code.TP_LINE) != 0);
            }
            if (Op.op(f.plainCode()[pc]) == Op.RETURN_VALUE) {
                assertTrue((kind & Code.TP_RETURN) != 0);
            }
        }
        assertEquals(Code.TP_ENTRY | Code.TP_LINE | Code.TP_RETURN, kinds);
        assertEquals(3, lineStarts, "lines 3, 4 and 5 start after line 2");
        assertEquals(0, f.tracePoints[0] >> 8);
    }

    @Test
    void whenAGeneratorYields_thenTheYieldAndTheResumptionArePoints() {
        Code g = function("def g():\n    yield 1\n    yield from h()\n");
        boolean yield = false, resume = false;
        int[] plain = g.plainCode();
        for (int tp : g.tracePoints) {
            int pc = tp >> 8;
            assertTrue(Op.op(plain[pc]) != Op.YIELD_FROM, "a yield from is never patched");
            if ((tp & Code.TP_YIELD) != 0) {
                yield = true;
                assertEquals(Op.YIELD_VALUE, Op.op(plain[pc]));
            }
            if ((tp & Code.TP_RESUME) != 0) {
                resume = true;
                assertEquals(Op.YIELD_VALUE, Op.op(plain[pc - 1]));
            }
        }
        assertTrue(yield && resume);
    }

    @Test
    void whenEncodedAndDecoded_thenTheAppendixIsRebuiltAndThePositionsKept() {
        Code m = Compiler.compile("def f(a):\n    return a[0] + 1\n", "t.py", false);
        byte[] b = CodeFormat.encode(m);
        Code d = CodeFormat.decode(b, 0, b.length, m.filename, null);
        assertEquals(null, CodeFormat.sameCode(m, d));
    }
}
