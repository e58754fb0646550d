"""Weak references for stmj. The reference type is Java (_stmj_weakref.ReferenceType over java.lang.ref.WeakReference:
the JVM's collector clears it, gc.collect() runs a full collection and then the callbacks); the proxies are written
here on top of it. ref(o) without a callback is the same reference while it lives, as in CPython, and
o.__weakref__ reads it (Java side: WeakHandle.basic); so is proxy(o). getweakrefcount/getweakrefs read the
referent's list of weak reference objects (WeakHandle.listed), after a full collection (what CPython's reference
counts would have freed already is not counted)."""

from _stmj_weakref import ReferenceType, _drain, _proxy_ref, _basic_proxy, getweakrefcount, getweakrefs

ref = ReferenceType


def _remove_dead_weakref(d, key):
    try:
        wr = d[key]
    except KeyError:
        pass
    else:
        if wr() is None:
            del d[key]


def _deref(proxy):
    o = object.__getattribute__(proxy, '_ref')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


def _proxy_callback(callback, proxy_ref):
    def cb(_wr):
        p = proxy_ref()
        if p is not None:
            callback(p)
    return cb


class ProxyType:
    __slots__ = ('_ref', '__weakref__')

    def __init__(self, obj, callback=None):
        if callback is not None:
            callback = _proxy_callback(callback, ref(self))
        object.__setattr__(self, '_ref', _proxy_ref(obj, callback, self))

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        o = object.__getattribute__(self, '_ref')()
        # a dead proxy's referent reads as None, as in CPython
        return "<weakproxy at 0x%x; to '%s' at 0x%x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __len__(self):
        return len(_deref(self))

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        return next(_deref(self))

    def __reversed__(self):
        return reversed(_deref(self))

    def __contains__(self, k):
        return k in _deref(self)

    def __getitem__(self, k):
        return _deref(self)[k]

    def __setitem__(self, k, v):
        _deref(self)[k] = v

    def __delitem__(self, k):
        del _deref(self)[k]

    def __index__(self):
        return _deref(self).__index__()

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __abs__(self):
        return abs(_deref(self))

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __invert__(self):
        return ~_deref(self)

    def __enter__(self):
        return _deref(self).__enter__()

    def __exit__(self, *args):
        return _deref(self).__exit__(*args)


def _unwrap(o):
    return _deref(o) if isinstance(o, ProxyType) else o


import operator as _operator


def _binop(fn):
    # the operator on the referents, as CPython's proxy slots: its errors name the referents' types
    def op(self, other):
        return fn(_deref(self), _unwrap(other))

    def rop(self, other):
        return fn(_unwrap(other), _deref(self))
    return op, rop


for _n in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or',
           'xor', 'divmod'):
    _op, _rop = _binop(divmod if _n == 'divmod' else getattr(_operator, _n if _n not in ('and', 'or') else _n + '_'))
    setattr(ProxyType, '__%s__' % _n, _op)
    setattr(ProxyType, '__r%s__' % _n, _rop)


def _iop(fn):
    def op(self, other):
        o = _deref(self)
        r = fn(o, _unwrap(other))
        return self if r is o else r
    return op


for _n in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or',
           'xor'):
    setattr(ProxyType, '__i%s__' % _n, _iop(getattr(_operator, 'i' + _n)))


def _cmp(name):
    def op(self, other):
        return getattr(_deref(self), name)(_unwrap(other))
    return op


for _n in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
    setattr(ProxyType, '__%s__' % _n, _cmp('__%s__' % _n))
del _n, _op, _rop


def _call(self, *args, **kwargs):
    return _deref(self)(*args, **kwargs)


# a sibling of ProxyType, not a subclass (isinstance(p, ProxyType) is False for a callable proxy, as in CPython)
CallableProxyType = type('CallableProxyType', (), dict(
    {k: v for k, v in ProxyType.__dict__.items() if k not in ('__dict__', '__weakref__', '_ref', '__slots__')},
    __slots__=('_ref', '__weakref__'), __call__=_call))
del _call


ProxyType.__module__ = CallableProxyType.__module__ = 'weakref'
ProxyType.__name__ = ProxyType.__qualname__ = 'ProxyType'


def proxy(obj, callback=None):
    if callback is None:
        # CPython hands out the same callback-less proxy again while it lives
        p = _basic_proxy(obj)
        if p is not None:
            return p
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)
