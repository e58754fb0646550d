package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The disassembly names each opcode and what its argument refers to, nested code objects included. */
class DisassemblerTest {
    @Test
    void whenFunctionDisassembled_thenOperandsAreShownByTheirArgumentKind() {
        Code m = Compiler.compile("def f(a):\n    for x in a:\n        print(x + 1, x is not None)\n", "t.py", false);
        String d = Disassembler.dis(m);
        assertTrue(d.contains("Disassembly of <code object f, file \"t.py\", line 1>"), d);
        assertTrue(d.matches("(?s).*LOAD_FAST +0 \\(a\\).*"), d);
        assertTrue(d.matches("(?s).*FOR_ITER +\\d+ \\(to \\d+\\).*"), d);
        assertTrue(d.matches("(?s).*LOAD_GLOBAL +\\d+ \\(print\\).*"), d);
        assertTrue(d.matches("(?s).*BINARY +0 \\(\\+\\).*"), d);
        assertTrue(d.matches("(?s).*IS_OP +1 \\(not\\).*"), d);
        assertTrue(d.matches("(?s).*LOAD_CONST +\\d+ \\(1\\).*"), d);
    }
}
