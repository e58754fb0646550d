package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * The dispatch loop's inline caches ({@link InlineCache}) give the uncached answer after every change they depend on:
 * globals and builtins added, rebound and deleted, one code object run with other globals, methods defined,
 * overridden and deleted along the MRO or shadowed by the instance, sites that see many types, instances whose
 * attributes sit at other dict positions, {@code __slots__} members replaced by a property, and module attributes.
 * Expected outputs are CPython 3.11's for the same programs.
 */
class InlineCacheInvalidationTest {
    /** LOAD_GLOBAL after rebinding, shadowing and deleting globals and builtins. */
    @Test
    void whenGlobalsAndBuiltinsChange_thenLoadGlobalSeesTheChange() {
        PyRun r = PyRun.code("""
            def f():
                return len("abc"), g
            g = 1
            r = [f()]
            g = 2
            r.append(f())
            len = lambda s: 42
            r.append(f())
            del len
            r.append(f())
            import builtins
            old = builtins.len
            builtins.len = lambda s: -1
            r.append(f())
            builtins.len = old
            r.append(f())
            del g
            try:
                f()
            except NameError as e:
                r.append(str(e))
            print(r)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [(3, 1), (3, 2), (42, 2), (3, 2), (-1, 2), (3, 2), "name 'g' is not defined"]
            """.strip(), r.out.strip());
    }

    /** The cache names the globals dict it was filled from. */
    @Test
    void whenOneCodeRunsWithOtherGlobals_thenEachRunSeesItsOwn() {
        PyRun r = PyRun.code("""
            src = compile("r = len('xy') + k", "<s>", "exec")
            out = []
            for d in [{"k": 1}, {"k": 2}, {"k": 10, "len": lambda s: 100}, {"k": 3}]:
                exec(src, d)
                out.append(d["r"])
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [3, 4, 110, 5]
            """.strip(), r.out.strip());
    }

    /** LOAD_METHOD after methods are overridden, deleted and shadowed by the instance. */
    @Test
    void whenMethodsChangeAlongTheMro_thenCallSiteSeesTheChange() {
        PyRun r = PyRun.code("""
            class A:
                def m(self): return "A.m"
            class B(A):
                pass
            def call(o): return o.m()
            b = B()
            out = [call(b), call(b)]
            B.m = lambda self: "B.m"
            out.append(call(b))
            del B.m
            out.append(call(b))
            A.m = lambda self: "A.m2"
            out.append(call(b))
            b.m = lambda: "inst"
            out.append(call(b))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            ['A.m', 'A.m', 'B.m', 'A.m', 'A.m2', 'inst']
            """.strip(), r.out.strip());
    }

    /** A polymorphic site: more types than fills, then the first type again. */
    @Test
    void whenSiteSeesManyTypes_thenItStopsCachingAndStaysRight() {
        PyRun r = PyRun.code("""
            class P:
                def __init__(self, v): self.v = v
                def get(self): return self.v
            def tot(xs):
                t = 0
                for p in xs: t += p.get()
                return t
            ps = [P(i) for i in range(10)]
            out = [tot(ps)]
            for k in range(40):
                T = type("T%d" % k, (P,), {"get": (lambda kk: lambda self: kk)(k)})
                out.append(tot([T(0), P(1)]))
            out.append(tot(ps))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [45, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 45]
            """.strip(), r.out.strip());
    }

    /** Instance attribute position hints across instances with other dict layouts, stores and deletes. */
    @Test
    void whenInstancesOrderAttributesDifferently_thenHintsStayRight() {
        PyRun r = PyRun.code("""
            class O:
                pass
            def mk(order):
                o = O()
                for n in order:
                    setattr(o, n, n.upper())
                return o
            def read(o): return o.a + o.b + o.c
            def write(o): o.b = "w"
            objs = [mk("abc"), mk("cba"), mk("bca"), mk("xyzabc")]
            out = []
            for i in range(3):
                for o in objs:
                    out.append(read(o))
                    write(o)
                    out.append(read(o))
            del objs[0].b
            try:
                read(objs[0])
            except AttributeError as e:
                out.append(str(e))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            ['ABC', 'AwC', 'ABC', 'AwC', 'ABC', 'AwC', 'ABC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', 'AwC', "'O' object has no attribute 'b'"]
            """.strip(), r.out.strip());
    }

    /** A __slots__ member found through the type cache, then replaced and deleted on the class. */
    @Test
    void whenSlotMemberIsReplacedByProperty_thenLoadSeesIt() {
        PyRun r = PyRun.code("""
            class S:
                __slots__ = ("x", "y")
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            class T(S):
                __slots__ = ("z",)
                def __init__(self):
                    super().__init__(1, 2)
                    self.z = 3
            def s(o): return o.x + o.y
            t = T()
            out = [s(S(4, 5)), s(t), s(S(6, 7))]
            S.y = property(lambda self: 100)
            out.append(s(t))
            del S.y
            try:
                s(t)
            except AttributeError as e:
                out.append(str(e))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [9, 3, 13, 101, "'T' object has no attribute 'y'"]
            """.strip(), r.out.strip());
    }

    /** Module attributes (LOAD_ATTR and LOAD_METHOD on a module) after rebinding, deleting and adding them. */
    @Test
    void whenModuleAttributesChange_thenLoadsSeeTheChange() {
        PyRun r = PyRun.code("""
            import math, sys, types
            def f(): return math.pi, math.floor(2.5)
            out = [f()]
            math.pi = 3
            out.append(f())
            del math.pi
            try:
                f()
            except AttributeError as e:
                out.append(str(e))
            math.pi = 3.14
            out.append(f())
            m = types.ModuleType("m")
            def g(): return m.x, m.y()
            m.y = lambda: "y"
            m.x = "real"
            out.append(g())
            del m.x
            try:
                g()
            except AttributeError as e:
                out.append(str(e))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [(3.141592653589793, 2), (3, 2), "module 'math' has no attribute 'pi'", (3.14, 2), ('real', 'y'), "module 'm' has no attribute 'x'"]
            """.strip(), r.out.strip());
    }

    /**
     * LOAD_GLOBAL and module-attribute sites refilled more than {@link InlineCache#MAX_FILLS} times (keys added
     * to their dict each time, or other globals each time) stop caching, and still see every later change.
     */
    @Test
    void whenGlobalSitesStopCaching_thenTheyStayRight() {
        PyRun r = PyRun.code("""
            import types
            def f():
                return g, len("ab")
            m = types.ModuleType("m")
            def h():
                return m.x
            r = []
            for i in range(40):
                globals()["k%d" % i] = i
                setattr(m, "a%d" % i, i)
                g = i
                m.x = -i
                r.append(f()[0] + h())
            out = [sum(r), f(), h()]
            len = lambda s: 99
            out.append(f())
            del len
            out.append(f())
            src = compile("def q(): return g, len('ab')\\nres = q()", "<s>", "exec")
            for j in range(20):
                d = {"g": j}
                exec(src, d)
            out.append(d["res"])
            del g
            try:
                f()
            except NameError as e:
                out.append(str(e))
            del m.x
            try:
                h()
            except AttributeError as e:
                out.append(str(e))
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [0, (39, 2), -39, (39, 99), (39, 2), (19, 2), "name 'g' is not defined", "module 'm' has no attribute 'x'"]
            """.strip(), r.out.strip());
    }

    /**
     * The slot that stopped caching is a {@link InlineCache.Global} that applies to no frame: LOAD_GLOBAL's
     * {@code instanceof} in the dispatch loop then sees one class only (no C2 class-check trap when a site stops
     * caching late in a run).
     */
    @Test
    void whenSlotStopsCaching_thenItIsAGlobalEntryThatNeverApplies() {
        assertTrue(InlineCache.MEGA instanceof InlineCache.Global);
        InlineCache.Global mega = (InlineCache.Global) InlineCache.MEGA;
        assertNotEquals(mega.gver, mega.globals.version());
    }
}
