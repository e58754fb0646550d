"""_pickle for stmj: `pickle`'s own pure-Python Pickler and Unpickler, under the C module's names, with the C
unpickler's errors for damaged data (programs catch these to survive a corrupt cache file):
EOFError('Ran out of input') where the data ends before an opcode, UnpicklingError('pickle data was truncated')
where it ends inside one (or inside a frame), UnpicklingError("invalid load key, 'x'.") for a byte that is no
opcode. Imported by `pickle` while it runs (its last lines take these names when `_pickle` exists)."""
import sys as _sys

_p = _sys.modules.get('pickle')
if _p is None or not hasattr(_p, '_Unpickler'):
    # only `pickle` itself can provide the classes; a direct import sees no C accelerator
    raise ModuleNotFoundError("No module named '_pickle'", name='_pickle')

PickleError = _p.PickleError
PicklingError = _p.PicklingError
UnpicklingError = _p.UnpicklingError
_Base = _p._Unpickler
_FRAME = _p.FRAME[0]


def _truncated():
    return UnpicklingError('pickle data was truncated')


class Pickler(_p._Pickler):
    __module__ = '_pickle'

    def save_global(self, obj, name=None):
        # the C pickler's get_dotted_path: a function or class defined inside a function is refused first
        qualname = name
        if qualname is None:
            qualname = getattr(obj, '__qualname__', None)
            if qualname is None:
                qualname = getattr(obj, '__name__', None)
        if isinstance(qualname, str) and '<locals>' in qualname.split('.'):
            raise AttributeError("Can't pickle local object %r" % (qualname,))
        if isinstance(qualname, str):
            # then the C pickler's own messages for an object its module does not hold under that name
            # (a module-level lambda: "attribute lookup <lambda> on __main__ failed"), raised without context
            module_name = _p.whichmodule(obj, qualname)
            error = None
            try:
                __import__(module_name, level=0)
                module = _sys.modules[module_name]
            except (ImportError, KeyError):
                error = "Can't pickle %r: import of module %r failed" % (obj, module_name)
            else:
                try:
                    found = _p._getattribute(module, qualname)[0]
                except AttributeError:
                    error = "Can't pickle %r: attribute lookup %s on %s failed" % (obj, qualname, module_name)
                else:
                    if found is not obj:
                        error = "Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, qualname)
            if error is not None:
                raise PicklingError(error)
        return _p._Pickler.save_global(self, obj, name)

    dispatch = dict(_p._Pickler.dispatch)
    dispatch[type(lambda: 0)] = save_global


class Unpickler(_Base):
    __module__ = '_pickle'

    def _load_frame(self):
        # as pickle's load_frame, and a frame shorter than its header says is truncated data
        head = self.read(8)
        if len(head) < 8:
            raise _truncated()
        size = int.from_bytes(head, 'little')
        if size > _sys.maxsize:
            raise ValueError('frame size > sys.maxsize: %d' % size)
        self._unframer.load_frame(size)
        if len(self._unframer.current_frame.getbuffer()) < size:
            raise _truncated()

    dispatch = dict(_Base.dispatch)
    dispatch[_FRAME] = _load_frame

    def _at_end(self):
        """Whether the data is used up (after a failure: it reads what is left, which nobody will read again)."""
        frame = getattr(getattr(self, '_unframer', None), 'current_frame', None)
        try:
            if frame is not None and frame.read(1):
                return False
            return not self._file_read(1)
        except Exception:
            return False

    def load(self):
        """Read a pickled object representation from the open file; return the reconstituted object."""
        try:
            return _Base.load(self)
        except UnpicklingError as e:
            if e.args and str(e.args[0]).startswith('pickle exhausted before end of frame'):
                raise _truncated() from None
            raise
        except EOFError as e:
            if type(e) is EOFError and not e.args:
                raise EOFError('Ran out of input') from None
            raise
        except KeyError as e:
            tb = e.__traceback__
            while tb is not None and tb.tb_next is not None:
                tb = tb.tb_next
            key = e.args[0] if len(e.args) == 1 else None
            if (tb is not None and tb.tb_frame.f_code is _Base.load.__code__
                    and isinstance(key, int) and 0 <= key < 256 and key not in self.dispatch):
                # raised by the dispatch lookup itself: the byte is no opcode
                c = chr(key)
                shown = c if ' ' <= c <= '~' and c not in "'\\" else '\\x%02x' % key
                raise UnpicklingError("invalid load key, '%s'." % shown) from None
            if self._at_end():
                raise _truncated() from None
            raise
        except (ValueError, IndexError, TypeError, OverflowError) as e:
            if type(e).__module__ != 'builtins' and not type(e).__name__ == 'error':
                raise
            if self._at_end():
                raise _truncated() from None
            raise


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = _p.io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_p.io.BytesIO(data), fix_imports=fix_imports, buffers=buffers, encoding=encoding,
                     errors=errors).load()
