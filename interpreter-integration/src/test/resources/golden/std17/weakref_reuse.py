# weakref.ref(o) without a callback is one object while it lives; __weakref__ reads it
import gc
import weakref


class C:
    pass


class S:
    __slots__ = ("a", "__weakref__")


class Sub(weakref.ref):
    pass


c = C()
print(c.__weakref__)
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, c.__weakref__ is r1)
r3 = weakref.ref(c, lambda r: None)
print(r3 is r1, r3 == r1)
s4 = Sub(c)
print(s4 is r1, type(s4).__name__, s4() is c)

s = S()
print(s.__weakref__)
rs = weakref.ref(s)
print(s.__weakref__ is rs, weakref.ref(s) is rs)

# a new basic reference after the old one has gone
d = C()
rd = weakref.ref(d)
key = id(rd)
del rd
gc.collect()
rd2 = weakref.ref(d)
print(rd2() is d, d.__weakref__ is rd2)

# the class attribute is a descriptor; classes themselves have __weakref__ too
print(type(C.__dict__["__weakref__"]).__name__)
print(weakref.ref(C) is weakref.ref(C))
del c
gc.collect()
print(r1(), r2())


class NoWeak:
    __slots__ = ("a",)


try:
    NoWeak().__weakref__
except AttributeError as e:
    print("AttributeError", e)
