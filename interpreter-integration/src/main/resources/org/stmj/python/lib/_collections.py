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


def __getattr__(name):
    # collections/__init__.py runs "from _collections import OrderedDict" right after defining its pure-Python
    # OrderedDict: that class is given back, with the C type's dotted name ('collections.OrderedDict')
    if name == 'OrderedDict':
        import sys
        od = sys.modules['collections'].__dict__.get('OrderedDict')
        if od is not None:
            _stmj.c_type_name(od, 'collections.OrderedDict')
            return od
    raise AttributeError("module '_collections' has no attribute %r" % name)
