# metaclass calculation and conflicts (class statements, type(), types.new_class), __prepare__ must return a
# mapping, one-argument type() only for type itself; isinstance/issubclass with typing unions; mappingproxy | and checks
import types, typing, collections.abc, copy
class M(type): pass
try:
    M(5)
except TypeError as e: print(e)
class BadMeta(type):
    @classmethod
    def __prepare__(*args): return None
try:
    class Foo(metaclass=BadMeta): pass
except TypeError as e: print(e)
class A: pass
try:
    class X(A, int()): pass
except TypeError as e: print("TypeError", e)
print(isinstance(1, typing.Union[int, str]), isinstance(None, typing.Optional[int]), isinstance({}, typing.Union[int, collections.abc.Mapping]))
print(issubclass(int, typing.Union[int, str]))
mp = types.MappingProxyType({'a': 0})
print(mp | {'b': 1}, {'c': 2} | mp)
for bad in (10, ("a",), ["a"]):
    try: types.MappingProxyType(bad)
    except TypeError as e: print("TypeError", e)
try:
    mp |= {}
except TypeError as e: print("TypeError", e)
class M1(type): pass
class M2(M1): pass
class B1(metaclass=M1): pass
class B2(metaclass=M2): pass
class C3(B1, B2): pass
print(type(C3).__name__, type(type("D", (B1, B2), {})).__name__)
class ANotMeta:
    def __new__(mcls, *args, **kwargs):
        return super().__new__(mcls)
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
class BNotMeta(ANotMeta):
    pass
A = types.new_class("A", (), {"metaclass": ANotMeta})
B = types.new_class("B", (), {"metaclass": BNotMeta})
C = types.new_class("C", (A, B))
print(type(C))
for bases in ((C, int()), (int(), C)):
    try:
        types.new_class("X", bases)
    except TypeError as e:
        print("TypeError", e)
print(type(types.new_class("F", (object(), C))).__name__)
