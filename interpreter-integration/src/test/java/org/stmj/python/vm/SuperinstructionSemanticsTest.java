package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * Programs whose hot paths run as superinstructions ({@code compiler.Superinstructions}) behave as unfused code:
 * an exception raised by the second half of a pair names the second instruction's line, is caught by the try
 * block that starts there, loops jump into the middle of pairs, and a fused compare-and-branch accepts comparisons
 * that return non-bools (and propagates their {@code __bool__} errors). The expected output is CPython 3.11's.
 */
class SuperinstructionSemanticsTest {
    @Test
    void whenSecondHalfOfPairRaisesOrIsJumpedTo_thenResultsAndLinesAreUnfusedOnes() {
        PyRun r = PyRun.code("""
            import traceback
            def unbound_after_store():
                a = 1
                if a < 0:
                    b = 0
                return b + a
            def lines_of(fn, *args):
                try:
                    fn(*args)
                except Exception as e:
                    tb, where = e.__traceback__, []
                    while tb:
                        if tb.tb_frame.f_code is fn.__code__:
                            where.append(tb.tb_lineno - fn.__code__.co_firstlineno)
                        tb = tb.tb_next
                    return type(e).__name__, where
            print(lines_of(unbound_after_store))
            def loops(n):
                i = 0
                total = 0
                while i < n:
                    j = i
                    while j < n:
                        total += j * i
                        j += 1
                    i += 1
                return total
            print(loops(7), loops(0))
            class Cmp:
                def __init__(self, v):
                    self.v = v
                def __lt__(self, other):
                    return Cmp(self.v < other.v)
                def __bool__(self):
                    if self.v is None:
                        raise ValueError("no truth")
                    return self.v
            def cmp_branch(a, b):
                if a < b:
                    return "lt"
                return "ge"
            print(cmp_branch(Cmp(1), Cmp(2)), cmp_branch(Cmp(2), Cmp(1)), cmp_branch(1.5, 2), cmp_branch(2, 1.5),
                  cmp_branch(float("nan"), 1.0), cmp_branch(2**70, 2**69), cmp_branch("a", "b"), cmp_branch(True, 2))
            class Bad:
                v = None
                def __lt__(self, other):
                    b = Cmp(1)
                    b.v = None
                    return b
            def bad_truth(x):
                y = x
                if y < 1:
                    return 1
                return 2
            print(lines_of(bad_truth, Bad()))
            def attr_in_try(o):
                k = 0
                try:
                    k = o.missing
                except AttributeError as e:
                    return "caught", str(e)
                return k
            print(attr_in_try(object()), attr_in_try(type("T", (), {"missing": 5})()))
            def missing_attr(o):
                x = 1
                return o.nope + x
            print(lines_of(missing_attr, 3))
            def consts(x):
                s = 0.0
                for i in range(5):
                    s = s + x * 0.5
                    if s > 3:
                        break
                return s
            print(consts(2), consts(1))
            """);
        assertEquals("", r.err);
        assertEquals("""
            ('UnboundLocalError', [4])
            266 0
            lt ge lt ge ge ge lt lt
            ('ValueError', [2])
            ('caught', "'object' object has no attribute 'missing'") 5
            ('AttributeError', [2])
            4.0 2.5
            """.strip(), r.out.strip());
    }
}
