"""Native part of collections for stmj: deque (Java) and defaultdict (CPython's collections package runs on top)."""

# deque and its iterators are Java (objects/PyDeque.java, a ring buffer): O(1) appends and pops at both ends, and
# each method is one call, atomic with the bytecode that makes it under the GIL and under STM
from _stmj_deque import deque, _deque_iterator, _deque_reverse_iterator
import _stmj

_count_elements = _stmj._count_elements


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


# the C types' dotted names in messages ('collections.defaultdict' and 'int'), as CPython's tp_name
_stmj.c_type_name(defaultdict, 'collections.defaultdict')


class odict_iterator:
    """What iter(), reversed() and the views of an OrderedDict return, named as CPython's C type (the pure class's
    generators underneath). As CPython's, a change of the dict's size while it iterates raises RuntimeError (a
    move_to_end, which CPython also sees, goes unnoticed here)."""
    __slots__ = ('_it', '_od', '_size')

    def __init__(self, it, od=None):
        self._it = it
        self._od = od
        self._size = -1 if od is None else dict.__len__(od)

    def __iter__(self):
        return self

    def __next__(self):
        od = self._od
        if od is not None and dict.__len__(od) != self._size:
            self._it = iter(())
            self._od = None
            raise RuntimeError("OrderedDict mutated during iteration")
        return next(self._it)

    def __reduce__(self):
        rest = list(self)
        self._it = iter(rest)
        self._od = None
        return iter, (rest,)


def _c_named(cls, name):
    cls.__name__ = cls.__qualname__ = name
    cls.__module__ = 'builtins'
    return cls


def _odict_c_types(od, ns):
    """The pure OrderedDict's iterators and views, as CPython's odict_iterator, odict_keys, odict_values and
    odict_items (type names, reprs): collections' module globals the class's methods read are replaced."""
    _c_named(odict_iterator, 'odict_iterator')
    gen_iter, gen_rev = od.__iter__, od.__reversed__

    def __iter__(self):
        return odict_iterator(gen_iter(self), self)

    def __reversed__(self):
        return odict_iterator(gen_rev(self), self)

    __iter__.__qualname__, __reversed__.__qualname__ = 'OrderedDict.__iter__', 'OrderedDict.__reversed__'
    od.__iter__, od.__reversed__ = __iter__, __reversed__
    get = dict.__getitem__

    # the views walk the dict's own order and read values with dict's __getitem__, as the C type does: a
    # subclass's __iter__ or __getitem__ (an LRU cache's move_to_end on access) is not called
    def values(gen, m):
        for k in gen(m):
            yield get(m, k)

    def items(gen, m):
        for k in gen(m):
            yield k, get(m, k)

    def view(base, name, walk):
        def __iter__(self):
            m = self._mapping
            return odict_iterator(gen_iter(m) if walk is None else walk(gen_iter, m), m)

        def __reversed__(self):
            m = self._mapping
            return odict_iterator(gen_rev(m) if walk is None else walk(gen_rev, m), m)

        def __repr__(self):
            return '%s(%r)' % (name, list(self))
        return _c_named(type(name, (base,), {'__slots__': (), '__iter__': __iter__, '__reversed__': __reversed__,
                                             '__repr__': __repr__}), name)
    ns['_OrderedDictKeysView'] = view(ns['_OrderedDictKeysView'], 'odict_keys', None)
    ns['_OrderedDictValuesView'] = view(ns['_OrderedDictValuesView'], 'odict_values', values)
    ns['_OrderedDictItemsView'] = view(ns['_OrderedDictItemsView'], 'odict_items', items)


def __getattr__(name):
    # collections/__init__.py runs "from _collections import OrderedDict" right after defining its pure-Python
    # OrderedDict: that class is given back, with the C type's dotted name ('collections.OrderedDict')
    if name == 'OrderedDict':
        import sys
        ns = sys.modules['collections'].__dict__
        od = ns.get('OrderedDict')
        if od is not None:
            _stmj.c_type_name(od, 'collections.OrderedDict')
            if odict_iterator.__module__ != 'builtins':
                _odict_c_types(od, ns)
            return od
    raise AttributeError("module '_collections' has no attribute %r" % name)
