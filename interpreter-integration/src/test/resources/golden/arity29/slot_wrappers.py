# The dunders CPython lists in the built-in types' dicts, called explicitly as a program might (super() in a
# subclass, a method taken from the type, an in-place operator through its name), and what they answer for a
# wrong argument: the sequences' __add__/__mul__ raise (they are sq_concat/sq_repeat wrappers), the number
# dunders answer NotImplemented.
import collections


def show(label, f):
    try:
        r = f()
    except Exception as e:  # noqa: every outcome is printed
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", repr(r))


show("str.__add__ int", lambda: "a".__add__(1))
show("list.__add__ tuple", lambda: [1].__add__((2,)))
show("tuple.__add__ list", lambda: (1,).__add__([2]))
show("bytes.__add__ str", lambda: b"a".__add__("b"))
show("bytearray.__add__", lambda: bytearray(b"a").__add__(b"b"))
show("bytearray.__add__ str", lambda: bytearray(b"a").__add__("b"))
show("deque.__add__ list", lambda: collections.deque([1]).__add__([2]))
show("str.__mul__ float", lambda: "ab".__mul__(2.0))
show("list.__rmul__", lambda: [0].__rmul__(3))
show("list.__imul__ str", lambda: [0].__imul__("3"))
show("int.__add__ float", lambda: (1).__add__(2.0))
show("int.__divmod__", lambda: (7).__divmod__(2))
show("int.__rdivmod__", lambda: (7).__rdivmod__(30))
show("int.__divmod__ float", lambda: (7).__divmod__(2.0))
show("float.__divmod__", lambda: (7.5).__divmod__(2))
show("float.__rdivmod__ zero", lambda: (0.0).__rdivmod__(1))
show("bool.__divmod__", lambda: True.__divmod__(1))
show("int.__round__ None", lambda: (1234).__round__(None))
show("float.__round__ None", lambda: (2.5).__round__(None))
show("round(int, None)", lambda: round(1234, None))

s = {1, 2, 3}
r = s.__iand__({2, 3, 4})
print("set.__iand__", sorted(s), r is s)
print("set.__ior__", sorted(s.__ior__(frozenset({9}))), sorted(s))
print("set.__isub__", sorted(s.__isub__({9})))
print("set.__ixor__", sorted(s.__ixor__({3, 5})))
show("set.__ior__ list", lambda: s.__ior__([1]))

keys = {"a": 1, "b": 2}.keys()
show("keys.__and__", lambda: sorted(keys.__and__(["a", "z"])))
show("keys.__rsub__", lambda: sorted(keys.__rsub__(["a", "z"])))
show("keys.__or__ None", lambda: keys.__or__(None))
items = {"a": 1}.items()
show("items.__xor__", lambda: sorted(items.__xor__([("a", 1), ("b", 2)])))
show("list.__reversed__", lambda: list([1, 2, 3].__reversed__()))
show("dict.__reversed__", lambda: list({"x": 1, "y": 2}.__reversed__()))
show("bytes.__bytes__", lambda: b"ab".__bytes__())
show("complex.__complex__", lambda: (1 + 2j).__complex__())

ba = bytearray(b"hello")
print("bytearray len/iter/contains", ba.__len__(), list(ba.__iter__())[:2], ba.__contains__(b"ell"))
print("bytearray getitem", ba.__getitem__(1), ba.__getitem__(slice(1, 3)))
ba.__setitem__(0, 74)
ba.__delitem__(-1)
print("bytearray after set/del", ba)
print("bytearray iadd", ba.__iadd__(b"!!"), ba)
print("bytearray imul", ba.__imul__(2), len(ba))
print("bytearray mod", bytearray(b"%d-%s").__mod__((1, b"x")))
show("bytearray getitem None", lambda: ba.__getitem__(None))
show("bytearray setitem None", lambda: ba.__setitem__(None, 1))
show("bytearray contains None", lambda: ba.__contains__(None))
show("bytearray imul None", lambda: ba.__imul__(None))
print("bytearray alloc is int", isinstance(ba.__alloc__(), int))


class Tagged(list):
    def __add__(self, other):
        return Tagged(super().__add__(other))


show("subclass super().__add__", lambda: Tagged([1]) + [2])
show("subclass super().__add__ bad", lambda: Tagged([1]) + (2,))


class Both(str):
    def __mul__(self, n):
        return "<" + super().__mul__(n) + ">"


show("str subclass super().__mul__", lambda: Both("ab") * 2)
show("str subclass super().__mul__ bad", lambda: Both("ab") * "x")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally ran")


g = gen()
next(g)
g.__del__()
show("after __del__", lambda: next(g))
print("ops still work:", "a" + "b", [1] * 2, (1,) + (2,), b"x" * 3, divmod(7, 2), {1} | {2})
