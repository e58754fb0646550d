# types.GetSetDescriptorType and types.MemberDescriptorType: one type each, what slots and built-in attributes are;
# dataclasses tell a slot (no default) from a default value by it
import types
from dataclasses import dataclass
from typing import Any


class S:
    __slots__ = ('a',)


class W:
    pass


def g():
    yield


gs = [type(BaseException.__dict__['args']), type(type.__dict__['__name__']), type(W.__dict__['__weakref__']),
      type(W.__dict__['__dict__']), type(type(g()).__dict__['gi_frame'])]
print([x is types.GetSetDescriptorType for x in gs], types.GetSetDescriptorType.__name__)
print(type(S.__dict__['a']) is types.MemberDescriptorType, types.MemberDescriptorType.__name__)
print(isinstance(S.a, types.MemberDescriptorType), isinstance(S.a, types.GetSetDescriptorType))


@dataclass
class C:
    __slots__ = ('x',)
    x: Any


try:
    C()
except TypeError as e:
    print("TypeError:", e)
c = C(10)
print(c.x)


@dataclass
class Base:
    __slots__ = ('x',)
    x: Any


@dataclass
class Derived(Base):
    x: int
    y: int


d = Derived(1, 2)
d.z = 10
print(d.x, d.y, d.z)
