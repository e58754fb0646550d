"""Native part of functools for stmj: the lru_cache wrapper (keys are plain tuples, so no list subclass with
__slots__ is needed), reduce, cmp_to_key and partial (with the C type's behaviour: only a real partial is flattened,
read-only func/args/keywords, state checks in __setstate__, a repr that stops at cycles)."""
from _stmj import builtin as _builtin

_initial_missing = object()


def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
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

_KWD_MARK = object()
_len = len  # the wrapper may cache builtins.len itself (test_lru_reentrancy_with_len)


class _HashedKey(tuple):
    """An argument tuple that hashes its items once (the cache guarantees one __hash__ call per argument use)."""

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif _len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    hashed = _HashedKey(key)
    hashed.hashvalue = hash(key)
    return hashed


_MISSING = object()


class _lru_cache_wrapper:
    """The object lru_cache returns: calls through to the function, caching results by argument key. The cache
    is an insertion-ordered dict (oldest first), so eviction of the least recently used entry pops the first key."""

    def __init__(self, user_function, maxsize, typed, cache_info_type):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._info = cache_info_type
        self._cache = {}
        self._hits = 0
        self._misses = 0
        for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
            try:
                setattr(self, attr, getattr(user_function, attr))
            except AttributeError:
                pass

    def __call__(self, *args, **kwds):
        # the cache and the counters are shared by threads: each step of bookkeeping is one atomic block, as the
        # C wrapper's under CPython's GIL (two threads evicting at once both took the same first key: KeyError);
        # the function itself runs outside
        maxsize = self._maxsize
        if maxsize == 0:
            with atomic:
                self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        with atomic:
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                self._hits += 1
                if maxsize is not None:
                    del cache[key]
                    cache[key] = result
                return result
            self._misses += 1
        result = self.__wrapped__(*args, **kwds)
        with atomic:
            if key in cache:
                return cache[key]
            cache[key] = result
            if maxsize is not None and _len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        import types
        return types.MethodType(self, instance)

    def cache_info(self):
        with atomic:
            hits, misses, size = self._hits, self._misses, _len(self._cache)
        return self._info(hits, misses, self._maxsize, size)

    def cache_clear(self):
        with atomic:
            self._cache.clear()
            self._hits = self._misses = 0

    def cache_parameters(self):
        return {'maxsize': self._maxsize, 'typed': self._typed}

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self.__qualname__


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
