"""Weak references for stmj. The interpreter's objects live on the Java heap, where a Python-level weak reference
would need a java.lang.ref object reachable from a Python object (which the STM forbids); these references are
therefore strong: a referent never dies while a ref to it is alive, callbacks never run, and WeakKeyDictionary,
WeakValueDictionary and WeakSet behave as their strong counterparts."""


class ReferenceType:
    __slots__ = ('_obj', '_callback', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __new__(cls, obj, callback=None):
        self = object.__new__(cls)
        self._obj = obj
        self.__callback__ = callback
        return self

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj is other._obj or self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        o = self._obj
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class ProxyType:
    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_obj', obj)

    def __getattr__(self, name):
        return getattr(object.__getattribute__(self, '_obj'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_obj'), name, value)

    def __repr__(self):
        o = object.__getattribute__(self, '_obj')
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(object.__getattribute__(self, '_obj'))

    def __len__(self):
        return len(object.__getattribute__(self, '_obj'))

    def __iter__(self):
        return iter(object.__getattribute__(self, '_obj'))

    def __getitem__(self, k):
        return object.__getattribute__(self, '_obj')[k]

    def __eq__(self, other):
        return object.__getattribute__(self, '_obj') == other

    def __bool__(self):
        return bool(object.__getattribute__(self, '_obj'))


class CallableProxyType(ProxyType):
    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_obj')(*args, **kwargs)


def proxy(obj, callback=None):
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


def _remove_dead_weakref(d, key):
    v = d.get(key)
    if v is not None and v() is None:
        del d[key]
