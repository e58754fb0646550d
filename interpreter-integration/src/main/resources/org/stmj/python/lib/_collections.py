"""Native part of collections for stmj: deque and defaultdict (CPython's collections package runs on top)."""

class deque:
    """deque([iterable[, maxlen]]) --> deque object

A list-like sequence optimized for data accesses near its endpoints."""

    # _items: the elements, left to right; _state: bumped by every mutation, so iterators and the searching
    # methods (count, index, remove, in) can raise RuntimeError when a comparison changed the deque

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._items = []
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = maxlen.__index__() if not isinstance(maxlen, int) else maxlen
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        if iterable is self:
            iterable = list(iterable)
        self._maxlen = maxlen
        self._state += 1
        self._items = []
        for x in iterable:
            self.append(x)

    @property
    def maxlen(self):
        return self._maxlen

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._state += 1
        self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) > self._maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop(0)

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items.clear()

    def copy(self):
        if type(self) is deque:
            return deque(self._items, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def _search(self, x, start, stop):
        # yields the indices whose item equals x; RuntimeError when a comparison mutated the deque
        items = self._items
        state = self._state
        n = len(items)
        i = start
        while i < stop and i < n:
            y = items[i]
            eq = y is x or y == x
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if eq:
                yield i
            i += 1

    def count(self, x):
        c = 0
        for _ in self._search(x, 0, len(self._items)):
            c += 1
        return c

    def index(self, x, start=0, stop=None):
        n = len(self._items)
        start = start.__index__()
        if start < 0:
            start = max(0, start + n)
        stop = n if stop is None else stop.__index__()
        if stop < 0:
            stop = max(0, stop + n)
        for i in self._search(x, start, stop):
            return i
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._state += 1
        self._items.insert(i, x)

    def remove(self, value):
        items = self._items
        state = self._state
        for i in range(len(items)):
            y = items[i]
            eq = y is value or y == value
            if state != self._state:
                raise IndexError("deque mutated during iteration")
            if eq:
                self._state += 1
                del items[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1):
        items = self._items
        self._state += 1
        if not items:
            return
        n %= len(items)
        if n:
            items[:] = items[-n:] + items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return _deque_iterator(self, 0)

    def __reversed__(self):
        return _deque_reverse_iterator(self, 0)

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __setitem__(self, i, v):
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError("deque index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            del self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None
        self._state += 1

    def __contains__(self, x):
        for _ in self._search(x, 0, len(self._items)):
            return True
        return False

    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items == other._items
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, deque):
            return self._items != other._items
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, deque):
            return self._items < other._items
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, deque):
            return self._items <= other._items
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, deque):
            return self._items > other._items
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, deque):
            return self._items >= other._items
        return NotImplemented

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = n.__index__() if hasattr(n, '__index__') else n
        if not isinstance(n, int):
            return NotImplemented
        d = self.copy()
        d._imul(n)
        return d

    __rmul__ = __mul__

    def _imul(self, n):
        self._state += 1
        if self._maxlen is not None and self._items and n > 1:
            keep = min(self._maxlen, len(self._items) * n)
            items = self._items * ((keep + len(self._items) - 1) // len(self._items))
            self._items = items[len(items) - keep:]
        else:
            self._items *= n
            if self._maxlen is not None and len(self._items) > self._maxlen:
                del self._items[:len(self._items) - self._maxlen]
        return self

    def __imul__(self, n):
        return self._imul(n)

    def __repr__(self):
        if _repr_enter(self):
            return '[...]'
        try:
            body = repr(list(self._items))
        finally:
            _repr_leave(self)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if state is not None:
            state = {k: v for k, v in state.items() if k not in ('_items', '_maxlen', '_state')} or None
        args = ((), self._maxlen) if self._maxlen is not None else ()
        return type(self), args, state, iter(list(self._items))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    __hash__ = None


_repr_running = {}


def _repr_enter(obj):
    import _thread
    key = (id(obj), _thread.get_ident())
    if key in _repr_running:
        return True
    _repr_running[key] = True
    return False


def _repr_leave(obj):
    import _thread
    _repr_running.pop((id(obj), _thread.get_ident()), None)


class _deque_iterator:
    """The iterator of a deque: RuntimeError once the deque has changed under it."""

    def __init__(self, d, index=0):
        if not isinstance(d, deque):
            raise TypeError("deque_iterator() argument 1 must be collections.deque")
        self._deque = d
        self._state = d._state
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state:
            self._deque = None
            raise RuntimeError("deque mutated during iteration")
        i = self._index
        items = d._items
        if i >= len(items):
            self._deque = None
            raise StopIteration
        self._index = i + 1
        return items[len(items) - 1 - i] if self._reverse else items[i]

    _reverse = False

    def __length_hint__(self):
        d = self._deque
        return 0 if d is None else max(0, len(d._items) - self._index)

    def __reduce__(self):
        if self._deque is None:
            return type(self), (deque(), 0)
        return type(self), (self._deque, self._index)


class _deque_reverse_iterator(_deque_iterator):
    _reverse = True


_deque_iterator.__name__ = _deque_iterator.__qualname__ = '_deque_iterator'
_deque_reverse_iterator.__name__ = _deque_reverse_iterator.__qualname__ = '_deque_reverse_iterator'


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        # a factory whose repr shows this dict again (a bound method of it) is written "..." the second time
        if _repr_enter(f):
            frepr = '...'
        else:
            try:
                frepr = repr(f)
            finally:
                _repr_leave(f)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy



    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())


def _deque_class_getitem(cls, item):
    return cls


defaultdict.__class_getitem__ = classmethod(_deque_class_getitem)
deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'


class _tuplegetter:
    """The field accessor of namedtuple classes: a read-only data descriptor over one tuple index."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)
