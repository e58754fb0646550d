"""Native part of functools for stmj: the lru_cache wrapper (the Java type from _stmj), reduce, cmp_to_key and
partial (with the C type's behaviour: only a real partial is flattened, read-only func/args/keywords, state
checks in __setstate__, a repr that stops at cycles)."""
from _stmj import builtin as _builtin

_initial_missing = object()


def reduce(*args, **kwargs):
    # the C function's argument parsing (PyArg_UnpackTuple "reduce", 2, 3) and messages
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError("reduce expected at least 2 arguments, got %d" % len(args))
    if len(args) > 3:
        raise TypeError("reduce expected at most 3 arguments, got %d" % len(args))
    function, sequence = args[0], args[1]
    initial = args[2] if len(args) == 3 else _initial_missing
    try:
        it = iter(sequence)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# C functions do not bind as methods (test_functools' TestReduceC keeps c_functools.reduce in a class)
reduce = _builtin(reduce)
cmp_to_key = _builtin(cmp_to_key)

# the lru_cache wrapper is written in Java (org.stmj.python.objects.PyLruCache), as CPython's is in C
from _stmj import _lru_cache_wrapper


_repr_running = set()


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('_fn', '_args', '_kw', '__dict__', '__weakref__')
    __module__ = 'functools'

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # only an object that is called as a partial is flattened (not any object with a 'func' attribute), and
        # only when it has no attributes of its own, as CPython's C type does
        if isinstance(func, partial) and type(func).__call__ is partial.__call__ and not func.__dict__:
            args = func._args + args
            merged = dict(func._kw)
            merged.update(keywords)
            keywords = merged
            func = func._fn
        self = object.__new__(cls)
        self._fn = func
        self._args = args
        self._kw = keywords
        return self

    def __call__(self, /, *args, **keywords):
        kw = self._kw
        if kw:
            if keywords:
                kw = dict(kw)
                kw.update(keywords)
            return self._fn(*self._args, *args, **kw)
        return self._fn(*self._args, *args, **keywords)

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._fn

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._args

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._kw

    def __repr__(self):
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self._fn)]
            parts.extend(repr(a) for a in self._args)
            parts.extend('%s=%r' % (k, v) for k, v in list(self._kw.items()))
            return '%s(%s)' % (name, ', '.join(parts))
        finally:
            _repr_running.discard(key)

    def __delattr__(self, name):
        if name == '__dict__':
            raise TypeError("cannot delete __dict__")
        object.__delattr__(self, name)

    def __reduce__(self):
        return type(self), (self._fn,), (self._fn, self._args, self._kw or None, self.__dict__ or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, kw, d = state
        if not callable(func) or not isinstance(args, tuple) or (kw is not None and not isinstance(kw, dict)):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if kw is None:
            kw = {}
        elif type(kw) is not dict:
            kw = dict(kw)
        self._fn = func
        self._args = args
        self._kw = kw
        own = self.__dict__
        own.clear()
        if d is not None:
            own.update(d)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _get_ident():
    import _thread
    return _thread.get_ident()
