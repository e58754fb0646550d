"""Abstract base classes for containers, checked structurally by isinstance()."""
from abc import ABCMeta, abstractmethod

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized", "Container", "Callable",
           "Collection", "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence",
           "ByteString", "MappingView", "KeysView", "ItemsView", "ValuesView"]


def _has(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True


class _ABC(metaclass=ABCMeta):
    _required = ()
    _builtins = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented

    @classmethod
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    @classmethod
    def __subclasscheck__(cls, C):
        if cls in C.__mro__:
            return True
        for b in cls._builtins:
            if issubclass(C, b):
                return True
        if cls._registered_check(C):
            return True
        return bool(cls._required) and _has(C, *cls._required)

    @classmethod
    def _registered_check(cls, C):
        reg = cls.__dict__.get('_abc_registry_list')
        if reg:
            for r in reg:
                if issubclass(C, r):
                    return True
        for sub in cls.__subclasses__():
            if sub is not cls and sub in C.__mro__:
                return True
        return False

    @classmethod
    def register(cls, subclass):
        if '_abc_registry_list' not in cls.__dict__:
            cls._abc_registry_list = []
        cls._abc_registry_list.append(subclass)
        return subclass


class Hashable(_ABC):
    _required = ('__hash__',)


class Iterable(_ABC):
    _required = ('__iter__',)


class Iterator(Iterable):
    _required = ('__iter__', '__next__')


class Reversible(Iterable):
    _required = ('__reversed__', '__iter__')
    _builtins = (list, tuple, str, range, dict)


class Generator(Iterator):
    _required = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    _required = ('__len__',)


class Container(_ABC):
    _required = ('__contains__',)


class Callable(_ABC):
    _required = ('__call__',)

    @classmethod
    def __instancecheck__(cls, obj):
        return callable(obj)


class Collection(Sized, Iterable, Container):
    _required = ('__len__', '__iter__', '__contains__')


class Sequence(Reversible, Collection):
    _required = ()
    _builtins = (list, tuple, str, range, bytes, bytearray)


class MutableSequence(Sequence):
    _builtins = (list, bytearray)


class ByteString(Sequence):
    _builtins = (bytes, bytearray)


class Set(Collection):
    _required = ()
    _builtins = (set, frozenset)


class MutableSet(Set):
    _builtins = (set,)


class Mapping(Collection):
    _required = ()
    _builtins = (dict,)


class MutableMapping(Mapping):
    _builtins = (dict,)


class MappingView(Sized):
    _builtins = (type({}.keys()), type({}.values()), type({}.items()))


class KeysView(MappingView, Set):
    _builtins = (type({}.keys()),)


class ItemsView(MappingView, Set):
    _builtins = (type({}.items()),)


class ValuesView(MappingView, Collection):
    _builtins = (type({}.values()),)
