package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Superinstructions#quicken}: the loop's copy fuses exactly the first instruction of each fusable pair, keeps
 * every argument and position, and leaves {@link Code#code} as the compiler made it.
 */
class SuperinstructionsTest {
    private static Code function(String src) {
        Code module = Compiler.compile(src, "<t>", false);
        for (Object c : module.consts) {
            if (c instanceof Code) {
                return (Code) c;
            }
        }
        throw new AssertionError("no function in " + src);
    }

    @Test
    void whenCodeIsQuickened_thenOnlyFirstInstructionsOfPairsChangeAndArgumentsStay() {
        Code c = function("""
            def f(a, b, n):
                i = 0
                while i < n:
                    i = i + a.x * b
                return i
            """);
        int[] plain = c.code.clone();
        int fused = 0;
        for (int i = 0; i < c.code.length; i++) {
            int op = Op.op(c.quick[i]);
            assertEquals(Op.arg(c.code[i]), Op.arg(c.quick[i]), "argument at " + i);
            assertEquals(Op.op(c.code[i]), Superinstructions.plainOp(op), "plain opcode at " + i);
            if (op >= Superinstructions.FIRST) {
                fused++;
                assertTrue(i + 1 < c.code.length, "a fused instruction has a second half");
                assertEquals(op, Superinstructions.fusedOp(Op.op(c.code[i]), Op.op(c.code[i + 1])));
            } else {
                assertEquals(-1, i + 1 < c.code.length
                        ? Superinstructions.fusedOp(Op.op(c.code[i]), Op.op(c.code[i + 1])) : -1, "unfused at " + i);
            }
        }
        // i = 0 / while i < n (LOAD_FAST LOAD_FAST, COMPARE POP_JUMP_IF_FALSE) / i + a.x (LOAD_FAST LOAD_ATTR) ...
        assertTrue(fused >= 4, "fused " + fused + " in " + c.dis());
        assertArrayEquals(c.quick, Superinstructions.quicken(c.code));
        assertArrayEquals(plain, c.code, "quicken leaves its input alone");
        for (int ins : c.code) {
            assertTrue(Op.op(ins) < Op.LIMIT, "no fused opcode in Code.code");
        }
    }

    @Test
    void whenPairIsNotInTheTable_thenNothingIsFused() {
        assertEquals(-1, Superinstructions.fusedOp(Op.LOAD_CONST, Op.LOAD_FAST));
        assertEquals(-1, Superinstructions.fusedOp(Op.COMPARE, Op.POP_JUMP_IF_TRUE));
        assertEquals(-1, Superinstructions.fusedOp(Op.LOAD_FAST, Op.STORE_ATTR));
        int[] code = {Op.LOAD_CONST | (3 << 8), Op.RETURN_VALUE};
        assertArrayEquals(code, Superinstructions.quicken(code));
    }

    @Test
    void whenFusedOpcodesAreNumbered_thenTheyAreAboveEveryPlainOpcode() {
        assertTrue(Superinstructions.FIRST >= Op.LIMIT);
        for (int op = Superinstructions.FIRST; op <= Superinstructions.LAST; op++) {
            assertTrue(Superinstructions.plainOp(op) < Op.LIMIT && Superinstructions.plainOp(op) != op);
        }
    }
}
