# object.__reduce_ex__/__reduce__/__getstate__ as CPython 3.11 (copy, deepcopy and pickle start there), and the
# subclasses of the built-in values they pickle
import copy
import copyreg
import pickle
import threading


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


class MyBytes(bytes):
    pass


class MyComplex(complex):
    pass


class MyBA(bytearray):
    pass


for v in [MyInt(5), MyStr("ab"), MyFloat(1.5), MyTuple((1, 2)), MyBytes(b"x"), MyComplex(1 + 2j), MyBA(b"yz")]:
    v.tag = "t"
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        c = pickle.loads(pickle.dumps(v, proto))
        assert type(c) is type(v) and c == v and c.tag == "t", (v, proto, c)
    d = copy.deepcopy(v)
    print(type(v).__name__, repr(v), type(d).__name__, d == v, d.tag, v.__reduce_ex__(2)[1][1:])
print((5).__getnewargs__(), "s".__getnewargs__(), (2.5).__getnewargs__(), (1 + 2j).__getnewargs__(),
      (1,).__getnewargs__(), b"b".__getnewargs__(), True.__getnewargs__())


class Kw(int):
    def __new__(cls, a, *, value=0):
        self = super().__new__(cls, value)
        self.a = a
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {"value": int(self)}


k = Kw("A", value=7)
r = k.__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], r[2])
k2 = pickle.loads(pickle.dumps(k, 4))
print(type(k2).__name__, int(k2), k2.a)


class Bad:
    def __init__(self, result):
        self.result = result

    def __getnewargs_ex__(self):
        return self.result


for bad in [(("a",), "nodict"), ("notuple", {}), (), "str"]:
    try:
        Bad(bad).__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Slots:
    __slots__ = ("a", "b")


s = Slots()
s.a = 1
print(s.__reduce_ex__(2)[2], s.__getstate__(), getattr(s, "b", "unset"), hasattr(s, "b"))
try:
    s.__reduce_ex__(1)
except TypeError as e:
    print("TypeError", e)


class Both:
    __slots__ = ("x", "__dict__")


b = Both()
b.x = 1
b.y = 2
print(b.__reduce_ex__(2)[2])
b2 = copy.copy(b)
print(b2.x, b2.y)


class Plain:
    pass


p = Plain()
print(p.__reduce_ex__(2)[2], p.__getstate__())
p.q = 1
print(p.__reduce_ex__(2)[2], p.__reduce_ex__(0)[0] is copyreg._reconstructor, p.__reduce__()[1])


class Picky:
    def __getstate__(self):
        return {}

    def __getattr__(self, name):
        if name in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(name)
        return None


print(Picky().__reduce_ex__(2)[1:3])
for bad in [threading.Lock(), threading.local()]:
    try:
        pickle.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    object().__reduce__(0)
except TypeError:
    print("__reduce__ takes no argument")
try:
    object().__reduce_ex__(None)
except TypeError:
    print("__reduce_ex__ needs an int")

ba = bytearray()
bytearray.__init__(ba, "abc\xbd\u20ac", encoding="latin1", errors="replace")
print(ba, bytes(source=b"kw"), bytearray(b"q"), MyBA(3))
for args, kwargs in [(("s",), {}), ((b"x",), {"encoding": "utf-8"}), ((), {"errors": "strict"})]:
    try:
        bytes(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)


class HasBytes:
    def __bytes__(self):
        return b"from __bytes__"


print(bytes(HasBytes()), MyBytes(HasBytes()), type(MyBytes(b"a") + b"b").__name__)
print(MyComplex(3, 4), abs(MyComplex(3, 4)), type(MyComplex.__new__(MyComplex, 1, 2)).__name__)
