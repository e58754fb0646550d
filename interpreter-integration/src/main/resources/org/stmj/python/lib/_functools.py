"""Native part of functools for stmj: the lru_cache wrapper (keys are plain tuples, so no list subclass with
__slots__ is needed), reduce and cmp_to_key. functools.partial stays CPython's pure-Python class."""
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
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwds)
        key = _make_key(args, kwds, self._typed)
        cache = self._cache
        try:
            result = cache[key]
        except KeyError:
            pass
        else:
            self._hits += 1
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwds)
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
        return self._info(self._hits, self._misses, self._maxsize, _len(self._cache))

    def cache_clear(self):
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
