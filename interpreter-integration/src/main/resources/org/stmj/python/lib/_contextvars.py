"""Context variables (PEP 567) for stmj: a Context is a mapping from ContextVar to value; each thread runs in
its own current Context (kept per thread ident), and Context.run switches it for the call."""
import _thread

_MISSING = object()
_GenericAlias = type(list[int])
_current = {}


def _ctx():
    tid = _thread.get_ident()
    c = _current.get(tid)
    if c is None:
        c = Context()
        _current[tid] = c
    return c


class Context:
    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        tid = _thread.get_ident()
        prev = _current.get(tid)
        self._entered = True
        _current[tid] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if prev is None:
                _current.pop(tid, None)
            else:
                _current[tid] = prev

    def copy(self):
        c = Context()
        c._data = dict(self._data)
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        return self._data.get(var, default)

    def __contains__(self, var):
        return var in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()


def copy_context():
    return _ctx().copy()


class Token:
    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self.var = var
        self.old_value = old
        self._used = False

    def __repr__(self):
        return "<Token var=%r at 0x%x>" % (self.var, id(self))

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self.name = name
        self._default = default

    def get(self, default=_MISSING):
        ctx = _ctx()
        try:
            return ctx._data[self]
        except KeyError:
            pass
        if default is not _MISSING:
            return default
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _ctx()
        old = ctx._data.get(self, _MISSING)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token.var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._ctx is not _ctx():
            raise ValueError("%r was created in a different Context" % (token,))
        if token.old_value is _MISSING:
            _ctx()._data.pop(self, None)
        else:
            _ctx()._data[self] = token.old_value
        token._used = True

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)

    def __repr__(self):
        d = '' if self._default is _MISSING else ' default=%r' % (self._default,)
        return "<ContextVar name=%r%s at 0x%x>" % (self.name, d, id(self))

    def __hash__(self):
        return id(self) >> 4
