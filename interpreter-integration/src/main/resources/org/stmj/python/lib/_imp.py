"""What importlib's Python bootstrap asks of the interpreter. stmj's own import machinery (vm/Interpreter) does the
actual importing; importlib runs on top for import_module, util, machinery and resources."""
import sys as _sys
import _thread

check_hash_based_pycs = 'never'
_lock = _thread.RLock()


def lock_held():
    return False


def acquire_lock():
    _lock.acquire()


def release_lock():
    _lock.release()


# modules that play the role of CPython's built-in (C) modules: Java modules and the Python shims of <stmj>
_NATIVE = frozenset(_sys.builtin_module_names) | frozenset((
    '_warnings', '_weakref', '_thread', '_io', '_abc', '_codecs', '_collections', '_string', '_ast', '_imp',
    'marshal', 'errno', 'atexit', 'itertools', 'array'))


def is_builtin(name):
    return 1 if name in _NATIVE else 0


def create_builtin(spec):
    name = spec.name
    m = _sys.modules.get(name)
    if m is None:
        m = __import__(name)
        for part in name.split('.')[1:]:
            m = getattr(m, part)
    return m


def exec_builtin(mod):
    return 0


def is_frozen(name):
    return False


def is_frozen_package(name):
    return False


def find_frozen(name, *, withdata=False):
    return None


def get_frozen_object(name, data=None):
    raise ImportError('No such frozen object named %r' % (name,), name=name)


def init_frozen(name):
    return None


def _frozen_module_names():
    return []


def _override_frozen_modules_for_tests(override):
    return None


def _override_multi_interp_extensions_check(override):
    return -1


def extension_suffixes():
    return []


def _fix_co_filename(code, path):
    return None


def source_hash(key, source):
    h = 0
    for b in bytes(source):
        h = (h * 1000003 ^ b) & 0xffffffffffffffff
    return (h ^ key).to_bytes(8, 'little')


class StmjFinder:
    """The meta-path finder that lets importlib (import_module, util.find_spec) use stmj's own import machinery:
    finding a module imports it; its loader hands over the module already in sys.modules."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        try:
            __import__(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                return None
            raise
        m = _sys.modules.get(name)
        if m is None:
            return None
        from importlib._bootstrap import ModuleSpec
        spec = ModuleSpec(name, StmjLoader, origin=getattr(m, '__file__', None),
                          is_package=hasattr(m, '__path__'))
        if hasattr(m, '__path__'):
            spec.submodule_search_locations = list(m.__path__)
        spec.has_location = getattr(m, '__file__', None) is not None
        return spec

    @classmethod
    def invalidate_caches(cls):
        pass


class StmjLoader:
    @staticmethod
    def create_module(spec):
        return _sys.modules[spec.name]

    @staticmethod
    def exec_module(module):
        pass

    @staticmethod
    def is_package(name):
        return hasattr(_sys.modules.get(name), '__path__')

    @staticmethod
    def get_source(name):
        m = _sys.modules.get(name)
        f = getattr(m, '__file__', None)
        if f is None:
            return None
        try:
            with open(f) as fh:
                return fh.read()
        except OSError:
            return None


if StmjFinder not in _sys.meta_path:
    _sys.meta_path.append(StmjFinder)


def get_magic():
    """CPython 3.11's bytecode magic (3495), as importlib's MAGIC_NUMBER."""
    return (3495).to_bytes(2, 'little') + b'\r\n'


def create_dynamic(spec, file=None):
    raise ImportError('stmj cannot load extension modules', name=spec.name)


def exec_dynamic(mod):
    return 0
