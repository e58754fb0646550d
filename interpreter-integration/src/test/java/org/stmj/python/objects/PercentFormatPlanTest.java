package org.stmj.python.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * {@code str % args} through the plan cached on the format string ({@code Formatter.PercentPlan}) gives what the
 * general path gives: simple plans with fitting and unfitting arguments (bools, big ints, floats for %d, tuple
 * subclasses, mappings, wrong counts) and formats that are not simple, with CPython's errors.
 * Expected outputs are CPython 3.11's for the same programs.
 */
class PercentFormatPlanTest {
    /** Every shape of argument against simple and general formats. */
    @Test
    void whenFormatIsUsedWithAnyArguments_thenResultAndErrorsMatchCPython() {
        PyRun r = PyRun.code("""
            class St:
                def __str__(self): return "str!"
                def __repr__(self): return "repr!"
            class T(tuple): pass
            out = ["%d %d" % (3, -4), "%s|%r|%i" % ("a", "b", 7), "%d" % True, "%s" % St(), "%r" % St(), "%d%%" % 5,
                   "%s" % (1,), "%s" % [1, 2], "%s" % {"a": 1}, "x%sy" % -9223372036854775808, "%d" % 2**70, "%s" % 2**70,
                   "%s" % T((1,)), "%(a)s" % {"a": 1}, "%5d|%-4s|" % (3, "x"), "%d" % 3.7, "abc" % (), "%s" % 1.5]
            for bad in [lambda: "%d %d" % (1,), lambda: "abc" % 5, lambda: "%d" % "x", lambda: "%s %s" % (1, 2, 3),
                        lambda: "%" % 1, lambda: "%q" % 1]:
                try:
                    out.append(bad())
                except Exception as e:
                    out.append(type(e).__name__ + ": " + str(e))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            ['3 -4', "a|'b'|7", '1', 'str!', 'repr!', '5%', '1', '[1, 2]', "{'a': 1}", 'x-9223372036854775808y', '1180591620717411303424', '1180591620717411303424', '1', '1', '    3|x   |', '3', 'abc', '1.5', 'TypeError: not enough arguments for format string', 'TypeError: not all arguments converted during string formatting', 'TypeError: %d format: a real number is required, not str', 'TypeError: not all arguments converted during string formatting', 'ValueError: incomplete format', "ValueError: unsupported format character 'q' (0x71) at index 1"]
            """.strip(), r.out.strip());
    }
}
