package org.stmj.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stmj.python.PyRun;

/**
 * LOAD_METHOD's cache entries for built-in types keep the method itself ({@code InlineCache.TypeLookup.fixed}):
 * one call site that meets built-in types, heap subclasses of them that inherit, override, add and delete the
 * method, and a rejected attempt to set an attribute of a built-in type, gives the uncached answers throughout.
 * Expected outputs are CPython 3.11's for the same program.
 */
class BuiltinMethodCacheTest {
    @Test
    void whenOneSiteSeesBuiltinTypesAndTheirSubclasses_thenEachCallFindsTheCurrentMethod() {
        PyRun r = PyRun.code("""
            class D(dict):
                pass
            class E(dict):
                def get(self, k, d=None):
                    return "E.get"
            def call(o):
                return o.get("k", 0)
            d = D(k=5)
            out = [call({"k": 1}), call({}), call(d), call(E()), call({"k": 2})]
            D.get = lambda self, k, d=None: "D.get"
            out.append(call(d))
            del D.get
            out.append(call(d))
            try:
                dict.get = lambda self, k, d=None: "patched"
            except TypeError as e:
                out.append(str(e))
            out.append(call({"k": 3}))
            out.append([x.upper() for x in ["a", "b"]])
            print(out)
            """);
        assertEquals("", r.err);
        assertEquals("""
            [1, 0, 5, 'E.get', 2, 'D.get', 5, "cannot set 'get' attribute of immutable type 'dict'", 3, ['A', 'B']]
            """.strip(), r.out.strip());
    }
}
