# Object-model edges found by test_enum, test_class, test_slice, test_bool (branch std13b)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["injected"] = 1
        return ns

    def __dir__(cls):
        return ["z", "a", "m"]


class A(metaclass=Meta):
    pass


print(A.injected, A.__class__.__name__, type.__prepare__("x", (), k=1))
print(dir(A))


class WithDir:
    def __dir__(self):
        return ("b", "a")


print(dir(WithDir()))


class NoDoc:
    pass


class Documented:
    "doc"


class Sub(Documented):
    pass


print(NoDoc.__doc__, Documented.__doc__, Sub.__doc__, "__doc__" in NoDoc.__dict__)


class NamedInt(int):
    def __new__(cls, name, value):
        self = int.__new__(cls, value)
        self._name = name
        return self

    @property
    def __name__(self):
        return self._name

    def __invert__(self):
        return NamedInt("~" + self._name, ~int(self))

    def __neg__(self):
        return "neg"


n = NamedInt("x", 3)
print(type(n).__name__, n.__name__, (~n).__name__, int(~n), -n, abs(n))


class D:
    def __divmod__(self, o):
        return "divmod"

    def __rdivmod__(self, o):
        return "rdivmod"


print(divmod(D(), 1), divmod(1, D()), divmod(7, 2), divmod(-7.5, 2))
try:
    divmod("a", 1)
except TypeError as e:
    print(e)


class Bad:
    def __index__(self):
        return None


try:
    [1][Bad()]
except TypeError as e:
    print(e)

print(bool.__new__(bool), bool.__new__(bool, 5), bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\0", "big")))
for f in (lambda: int.__new__(bool, 0), lambda: bool.__new__(int)):
    try:
        f()
    except TypeError as e:
        print(e)


class C:
    pass


for f in (lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 1)):
    try:
        f()
    except TypeError as e:
        print(e)


class Init:
    def __init__(self, x):
        self.x = x


print(object.__new__(Init, 1).__class__.__name__)

s = slice(1, 10**30, 2)
print(s.__reduce__(), slice(None, 10**30).indices(10**31), slice(-5, None, -1).indices(3))
try:
    hash(slice(1))
except TypeError as e:
    print(e)
import copy, pickle
print(copy.deepcopy(s) == s, pickle.loads(pickle.dumps(s)))
