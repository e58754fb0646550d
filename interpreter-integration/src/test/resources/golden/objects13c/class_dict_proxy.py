# a class's __dict__ is a read-only mappingproxy with __dict__/__weakref__ descriptors where CPython has them
import types


class A:
    x = 1

    def meth(self):
        return 2


d = A.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType, isinstance(d, types.MappingProxyType))
print(sorted(d))
print(d["x"], d.get("y", "none"), "meth" in d, len(d) == len(list(d)))
try:
    d["x"] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    d.clear()
except AttributeError as e:
    print("AttributeError")
print(repr(types.MappingProxyType({"k": 1})), str(types.MappingProxyType({"k": 1})))
print(type(vars(A)).__name__, vars(A) == A.__dict__)


class B(A):
    pass


print("B:", sorted(B.__dict__))
a = A()
print(d["__dict__"].__get__(a) is a.__dict__, d["__dict__"], d["__weakref__"])
a.__dict__ = {"z": 9}
print(a.z, a.__dict__)
for base in (object, list, dict, set, tuple, int, str, Exception, type):
    X = type("X", (base,), {})
    print(base.__name__, [k for k in X.__dict__ if k in ("__dict__", "__weakref__")])


class S:
    __slots__ = ("a",)


class SW:
    __slots__ = ("a", "__weakref__")


class S2(S):
    pass


print("slots:", [k for k in S.__dict__ if k.startswith("__w") or k == "__dict__"],
      [k for k in SW.__dict__ if k.startswith("__w") or k == "__dict__"],
      [k for k in S2.__dict__ if k.startswith("__w") or k == "__dict__"])
m = types.MappingProxyType({"a": 1})
print(m | {"b": 2}, {"c": 3} | m, list(reversed(types.MappingProxyType({"p": 1, "q": 2}))))
try:
    m |= {}
except TypeError as e:
    print("TypeError:", e)
for bad in (10, ("a",), ["a"]):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
print(m.copy(), list(m.items()), list(m.keys()), list(m.values()))
print(sorted(set(dir(m)) - set(dir(object()))))
