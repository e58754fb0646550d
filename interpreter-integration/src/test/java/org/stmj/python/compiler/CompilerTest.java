package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompilerTest {
    private static Code fn(Code module, String name) {
        for (Object c : module.consts) {
            if (c instanceof Code && ((Code) c).name.equals(name)) {
                return (Code) c;
            }
        }
        throw new AssertionError("no code " + name);
    }

    @Test
    void whenFunctionAssignsAndReadsLocals_thenFastLocalsAreUsed() {
        Code f = fn(Compiler.compile("def f(a):\n    b = a + 1\n    return b\n", "t.py", false), "f");
        assertEquals(2, f.varnames.length);
        boolean fast = false;
        for (int ins : f.code) {
            if (Op.op(ins) == Op.LOAD_FAST) {
                fast = true;
            }
        }
        assertTrue(fast);
    }

    @Test
    void whenInnerFunctionCapturesVariable_thenCellAndFreeVarsMatch() {
        Code outer = fn(Compiler.compile(
                "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n", "t.py", false),
                "outer");
        assertEquals("x", outer.cellvars[0]);
        assertEquals("x", fn(outer, "inner").freevars[0]);
    }

    @Test
    void whenFunctionYields_thenItIsAGenerator() {
        assertTrue(fn(Compiler.compile("def g():\n    yield 1\n", "t.py", false), "g").isGenerator());
    }

    @Test
    void whenBreakOutsideLoop_thenSyntaxError() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile("break\n", "t.py", false));
        assertEquals("'break' outside loop", e.msg);
    }

    @Test
    void whenNestedExpressions_thenStackSizeCoversTheDeepestPoint() {
        Code m = Compiler.compile("x = [1, 2, [3, 4, (5, 6, 7)]]\n", "t.py", false);
        assertTrue(m.stacksize >= 7, "stack " + m.stacksize);
    }

    @Test
    void whenNonlocalHasNoBinding_thenSyntaxError() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Compiler.compile("def f():\n    nonlocal q\n", "t.py", false));
        assertEquals("no binding for nonlocal 'q' found", e.msg);
    }
}
