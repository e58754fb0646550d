package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.stmj.python.objects.Exc;
import org.stmj.python.objects.Py;
import org.stmj.python.objects.PyBytes;
import org.stmj.python.objects.PyComplex;
import org.stmj.python.objects.PyFloat;
import org.stmj.python.objects.PyInt;
import org.stmj.python.objects.PyObject;
import org.stmj.python.objects.PySet;
import org.stmj.python.objects.PyStr;
import org.stmj.python.objects.PyTuple;
import org.stmj.python.vm.AsyncOps;
import org.stmj.python.vm.MatchOps;

/** Every kind of constant the compiler emits survives {@link CodeFormat}'s round trip by kind and value. */
class CodeFormatConstantsTest {
    private static Code withConsts(PyObject... consts) {
        return new Code("m", "m", "c.py", new int[] {1, 2}, new int[] {1, 3}, null, consts, new String[] {"a"},
                new String[] {"x", "y"}, new String[] {"y"}, new String[] {"z"}, new int[] {1}, 2, 1, 0,
                Code.NEWLOCALS | Code.VARKW, 7, 1);
    }

    private static Code roundTrip(Code c) {
        byte[] b = CodeFormat.encode(c);
        return CodeFormat.decode(b, 0, b.length, c.filename, null);
    }

    @Test
    void whenEveryConstantKindRoundTrips_thenKindsAndValuesAreKept() {
        PySet fs = new PySet(true);
        fs.add(null, Py.newInt(3));
        fs.add(null, Py.str("s"));
        PyObject[] consts = {Py.None, Py.Ellipsis, Py.True, Py.False, Py.newInt(0), Py.newInt(-1),
            Py.newInt(Long.MIN_VALUE), Py.newInt(Long.MAX_VALUE), Py.newInt(BigInteger.TEN.pow(400).negate()),
            Py.newFloat(-0.0), Py.newFloat(Double.NaN), Py.newFloat(Double.POSITIVE_INFINITY), Py.newFloat(1e-310),
            new PyComplex(1.5, -2.0), Py.str(""), Py.str("ascii"), Py.str("\u00e9\u4e2d\ud83d\ude00"),
            Py.str("lone \udc80 surrogate"), new PyBytes(new byte[] {0, -1, 127}, false),
            new PyTuple(Py.newInt(1), new PyTuple(Py.str("x"), Py.None), new PyTuple()), fs,
            withConsts(Py.None), AsyncOps.GET_AWAITABLE, MatchOps.MATCH_CLASS, Exc.StopAsyncIteration};
        Code c = withConsts(consts);
        Code d = roundTrip(c);
        assertNull(CodeFormat.sameCode(c, d));
        assertSame(Py.None, d.consts[0]);
        assertSame(AsyncOps.GET_AWAITABLE, d.consts[22]);
        assertSame(Exc.StopAsyncIteration, d.consts[24]);
        assertEquals(BigInteger.TEN.pow(400).negate(), ((PyInt) d.consts[8]).toBig());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((PyFloat) d.consts[9]).v));
        assertEquals("lone \udc80 surrogate", ((PyStr) d.consts[17]).value());
        assertEquals(2, ((PySet) d.consts[20]).size());
    }

    @Test
    void whenCodeFieldsRoundTrip_thenEveryFieldIsKept() {
        Code c = withConsts(Py.newInt(5));
        Code d = roundTrip(c);
        assertEquals(c.argcount, d.argcount);
        assertEquals(c.posonlyargcount, d.posonlyargcount);
        assertEquals(c.flags, d.flags);
        assertEquals(c.stacksize, d.stacksize);
        assertEquals(c.simpleArgs, d.simpleArgs);
        assertEquals("z", d.freevars[0]);
        assertEquals(1, d.cell2arg[0]);
        assertEquals(3, d.lines[1]);
    }

    @Test
    void whenAConstantIsNotSerialisable_thenEncodingSaysSo() {
        Code c = withConsts(new org.stmj.python.objects.PyList());
        assertThrows(CodeFormat.Unsupported.class, () -> CodeFormat.encode(c));
    }

    @Test
    void whenTheBodyIsTruncatedAnywhere_thenDecodingRefusesIt() {
        Code c = Compiler.compile("def f(a, *b, **c):\n    return (a, b, c, 1.5, 'x', b'y', 10**30)\n", "t.py", false);
        byte[] b = CodeFormat.encode(c);
        for (int n = 0; n < b.length; n++) {
            int len = n;
            assertThrows(IllegalArgumentException.class, () -> CodeFormat.decode(b, 0, len, "t.py", null),
                    "truncated at " + n);
        }
    }

    @Test
    void whenBytesAreFlipped_thenDecodingFailsOnlyWithIllegalArgument() {
        Code c = Compiler.compile("import os\nclass A:\n    def m(self, x=(1, 2)):\n        return x\n", "t.py",
                false);
        byte[] b = CodeFormat.encode(c);
        java.util.Random r = new java.util.Random(17);
        int refused = 0;
        for (int k = 0; k < 2000; k++) {
            byte[] m = b.clone();
            m[r.nextInt(m.length)] ^= (byte) (1 + r.nextInt(255));
            try {
                CodeFormat.decode(m, 0, m.length, "t.py", null);
            } catch (IllegalArgumentException e) {
                refused++;
            }
        }
        // a flip that still parses (an operand changed) is caught by the file's CRC, not by the body format
        assertTrue(refused > 0, "no corrupted body was refused");
    }
}
