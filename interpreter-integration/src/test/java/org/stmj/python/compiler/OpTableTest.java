package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** Every opcode constant has a consistent row in Op's table. */
class OpTableTest {
    @Test
    void whenOpcodeConstantDeclared_thenTheTableHasItsRowUnderItsName() {
        int seen = 0;
        for (Field f : Op.class.getFields()) {
            if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers()) || f.getName().equals("LIMIT")) {
                continue;
            }
            int op;
            try {
                op = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            assertTrue(Op.isDefined(op), f.getName() + " has no row");
            assertEquals(f.getName(), Op.name(op));
            assertNotNull(Op.argKind(op), f.getName());
            assertNotNull(Op.flow(op), f.getName());
            assertTrue(op < Op.LIMIT, f.getName() + " is not below LIMIT");
            seen++;
        }
        int rows = 0;
        for (int op = 0; op < Op.NAMES.length; op++) {
            if (Op.isDefined(op)) {
                rows++;
            }
        }
        assertEquals(seen, rows, "rows without a constant");
    }

    @Test
    void whenOpcodeJumps_thenItsArgumentIsAJumpTargetAndViceVersa() {
        for (int op = 0; op < Op.LIMIT; op++) {
            if (!Op.isDefined(op)) {
                continue;
            }
            boolean jumps = Op.flow(op) == Op.Flow.BRANCH || Op.flow(op) == Op.Flow.GOTO;
            assertEquals(jumps, Op.argKind(op) == Op.Arg.JUMP, Op.name(op));
        }
    }

    @Test
    void whenCountedOpcodeTakesNOperands_thenTheEffectFollowsN() {
        assertEquals(-2, Op.stackEffect(Op.BUILD_TUPLE, 3));
        assertEquals(-5, Op.stackEffect(Op.BUILD_MAP, 3));
        assertEquals(-4, Op.stackEffect(Op.CALL_METHOD, 3));
        assertEquals(-2, Op.stackEffect(Op.MAKE_FUNCTION, 0b1010));
        assertEquals(1, Op.stackEffect(Op.FOR_ITER, 0));
        assertEquals(-1, Op.jumpEffect(Op.FOR_ITER));
    }
}
