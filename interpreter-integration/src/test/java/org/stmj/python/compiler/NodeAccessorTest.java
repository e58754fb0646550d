package org.stmj.python.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The named accessors of Node read the slot their kind keeps that field in, and refuse other kinds. */
class NodeAccessorTest {
    @Test
    void whenTryParsed_thenNamedAccessorsReturnItsParts() {
        Node m = Parser.parseModule("try:\n    a\nexcept E as e:\n    b\nelse:\n    c\nfinally:\n    d\n", "t.py");
        Node t = m.body()[0];
        assertEquals(Node.TRY, t.kind);
        assertEquals(1, t.body().length);
        assertEquals(1, t.handlers().length);
        assertEquals("e", t.handlers()[0].name());
        assertSame(t.list2, t.orelse());
        assertSame(t.list4, t.finalbody());
    }

    @Test
    void whenSameMeaningLivesInDifferentSlots_thenTheAccessorPicksByKind() {
        Node m = Parser.parseModule("x = 1\ny += 2\n", "t.py");
        assertEquals(Node.CONST, m.body()[0].value().kind);
        assertSame(m.body()[1].b, m.body()[1].value());
    }

    @Test
    void whenAccessorUsedOnAKindWithoutThatField_thenTheErrorNamesAccessorAndKind() {
        Node n = new Node(Node.PASS, 1, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, n::handlers);
        assertEquals("Node.handlers on a node of kind " + Node.PASS, e.getMessage());
    }
}
