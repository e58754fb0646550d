package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * CALL of a class runs {@code __init__} in a new frame without argument arrays only where that is the same call
 * ({@code Interp.initDirectly}): slotted and dict classes, subclasses, closures in {@code __init__}; classes with a
 * metaclass {@code __call__}, a {@code __new__}, a built-in layout, abstract methods or other argument shapes take
 * the general path with its errors. The expected output is CPython 3.11's.
 */
class DirectInitCallTest {
    @Test
    void whenClassIsCalled_thenInstanceAndErrorsAreTheGeneralPathOnes() {
        PyRun r = PyRun.code("""
            class P:
                __slots__ = ("x", "y")
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            class Q:
                def __init__(self, a):
                    self.a = a
                    if a < 0:
                        return 5
            class R(Q):
                pass
            class S:
                def __init__(self, a, b=2):
                    self.s = a + b
            class Meta(type):
                def __call__(cls, *a):
                    return ("meta", a)
            class M(metaclass=Meta):
                def __init__(self, a):
                    self.a = a
            class N:
                def __new__(cls, a):
                    return 42
                def __init__(self, a):
                    raise RuntimeError
            class L(list):
                def __init__(self, a):
                    super().__init__([a, a])
            import abc
            class A(abc.ABC):
                @abc.abstractmethod
                def f(self): pass
                def __init__(self, a): pass
            def cells():
                k = 3
                class C:
                    def __init__(self, v):
                        self.v = lambda: v + k
                return C(4).v()
            p = P(1, 2)
            print(p.x, p.y, Q(3).a, R(4).a, S(1).s, M(1), N(1), L(7), cells())
            for bad in (lambda: Q(-1), lambda: P(1), lambda: P(1, 2, 3), lambda: A(1)):
                try:
                    bad()
                except TypeError as e:
                    print("TypeError", e)
            """);
        assertEquals("", r.err);
        assertEquals("""
            1 2 3 4 3 ('meta', (1,)) 42 [7, 7] 7
            TypeError __init__() should return None, not 'int'
            TypeError P.__init__() missing 1 required positional argument: 'y'
            TypeError P.__init__() takes 3 positional arguments but 4 were given
            TypeError Can't instantiate abstract class A with abstract method f
            """.strip(), r.out.strip());
    }
}
