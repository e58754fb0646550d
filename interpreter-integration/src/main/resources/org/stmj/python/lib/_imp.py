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


class ModuleSpec:
    """The import-system metadata of a module (importlib.machinery.ModuleSpec's attributes and behaviour), for the
    modules stmj's own machinery imports: every module's __spec__ (importlib.util.find_spec, reload, pkgutil,
    importlib.resources and runpy read it)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                    and smsl == other.submodule_search_locations and self.cached == other.cached
                    and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


ModuleSpec.__module__ = 'importlib._bootstrap'


class BuiltinImporter:
    """The loader of the modules written in Java (CPython's built-in modules): origin 'built-in', no source."""

    _ORIGIN = 'built-in'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if is_builtin(fullname):
            return ModuleSpec(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        return create_builtin(spec)

    @staticmethod
    def exec_module(module):
        pass

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False


BuiltinImporter.__module__ = 'importlib._bootstrap'


class SourceFileLoader:
    """The loader of a module stmj's machinery imported from a .py file (importlib's SourceFileLoader's methods):
    get_source for linecache and tracebacks, get_code/exec_module for reload and runpy, get_data and
    get_resource_reader for importlib.resources and pkgutil.get_data."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        return filename.rpartition('.')[0] == '__init__'

    def get_source(self, fullname=None):
        data = self.get_data(self.path)
        try:
            return data.decode('utf-8')
        except UnicodeDecodeError:
            import io
            import tokenize
            encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
            return io.TextIOWrapper(io.BytesIO(data), encoding, newline=None).read()

    def source_to_code(self, data, path='<string>'):
        return compile(data, path, 'exec', dont_inherit=True)

    def get_code(self, fullname=None):
        return self.source_to_code(self.get_source(fullname), self.path)

    def create_module(self, spec):
        # StmjFinder.find_spec has already run the module through the interpreter's import (it is the module in
        # sys.modules, marked on its spec): importlib gets that module and does not run its body a second time
        m = getattr(spec, '_stmj_loaded', None)
        if m is not None and _sys.modules.get(spec.name) is m:
            spec._stmj_loaded = None
            spec._stmj_skip_exec = m
            return m
        return None

    def exec_module(self, module):
        spec = getattr(module, '__spec__', None)
        if spec is not None and getattr(spec, '_stmj_skip_exec', None) is module:
            spec._stmj_skip_exec = None
            return
        exec(self.get_code(module.__name__), module.__dict__)

    def load_module(self, fullname):
        import importlib._bootstrap
        return importlib._bootstrap._load_module_shim(self, fullname)

    def get_resource_reader(self, name=None):
        from importlib.readers import FileReader
        return FileReader(self)


SourceFileLoader.__module__ = 'importlib._bootstrap_external'


class LibraryLoader(SourceFileLoader):
    """The loader of a module of the two library roots that are not directories: the interpreter's own modules
    ('<stmj>/...') and CPython's standard library read from its jar ('<stdlib>/...')."""

    def get_data(self, path):
        import _stmj
        data = _stmj.library_source(path)
        if data is None:
            raise FileNotFoundError(2, 'No such file or directory', path)
        return data.encode('utf-8')

    def get_resource_reader(self, name=None):
        return None


LibraryLoader.__module__ = 'importlib._bootstrap_external'


def _attach(g, name, file, pkgdir):
    """Sets __spec__ and __loader__ of a module dict the interpreter's import machinery is about to run: file is
    its source file (None for a Java module), pkgdir its package directory (None unless a package)."""
    if file is None:
        spec = ModuleSpec(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    else:
        loader = (LibraryLoader if file.startswith('<') else SourceFileLoader)(name, file)
        spec = ModuleSpec(name, loader, origin=file, is_package=pkgdir is not None)
        if pkgdir is not None:
            spec.submodule_search_locations.append(pkgdir)
        spec.has_location = True
    g['__spec__'] = spec
    g['__loader__'] = spec.loader


class LibraryFinder:
    """The path-entry finder (sys.path_hooks) of the library roots that are not directories, '<stmj>' and
    '<stdlib>', and of their packages' directories: pkgutil lists their modules through iter_modules (iter_modules,
    walk_packages, help('modules')); finding a spec goes through the interpreter's own import machinery."""

    def __init__(self, path):
        self.path = path

    @classmethod
    def path_hook(cls, path):
        import _stmj
        if not isinstance(path, str) or _stmj.library_list(path) is None:
            raise ImportError('not a library root', path=path)
        return cls(path)

    def find_spec(self, fullname, target=None):
        return StmjFinder.find_spec(fullname)

    def iter_modules(self, prefix=''):
        import _stmj
        for name, ispkg in _stmj.library_list(self.path) or ():
            yield prefix + name, ispkg

    def invalidate_caches(self):
        pass

    def __repr__(self):
        return 'LibraryFinder(%r)' % (self.path,)


class StmjFinder:
    """The meta-path finder that lets importlib (import_module, util.find_spec) use stmj's own import machinery:
    finding a module imports it, and its spec is the one the machinery gave the module."""

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
        spec = getattr(m, '__spec__', None)
        if spec is not None:
            spec._stmj_loaded = m
            return spec
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
    """The loader of a module that has no spec of its own (created by hand, or by a Java module): it hands over the
    module already in sys.modules."""

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


# sys.path entries found not to be zip archives (sys.path_importer_cache keeps the finders of the others)
_NOT_ZIP = set()


class ZipFinder:
    """The finder of modules in zip archives on sys.path (or a package's __path__ inside one), after stmj's own
    machinery, which reads directories and the library roots only: CPython's path hook zipimport.zipimporter,
    asked here as a meta-path finder (importers cached in sys.path_importer_cache)."""

    @staticmethod
    def _kind(p):
        import posix
        try:
            return posix.stat(p).st_mode & 0o170000
        except (OSError, ValueError):
            return None

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        for entry in (_sys.path if path is None else path):
            if not isinstance(entry, str) or not entry or entry.startswith('<'):
                continue
            if entry in _NOT_ZIP:
                continue
            imp = _sys.path_importer_cache.get(entry, False)
            if imp is False:
                imp = None
                archive = entry
                # the archive is the entry or a folder's path inside one ('lib.zip/pkg'); a directory is not
                while archive and cls._kind(archive) != 0o100000:
                    parent = archive.rpartition('/')[0]
                    archive = parent if parent != archive else ''
                if archive and cls._kind(entry) != 0o040000:
                    import zipimport
                    try:
                        imp = zipimport.zipimporter(entry)
                    except zipimport.ZipImportError:
                        imp = None
                if imp is not None:
                    _sys.path_importer_cache[entry] = imp
                else:
                    _NOT_ZIP.add(entry)
            if imp is not None and type(imp).__name__ == 'zipimporter':
                spec = imp.find_spec(name.rpartition('.')[2] if path is not None else name, target)
                if spec is not None:
                    spec.name = name
                    return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        _NOT_ZIP.clear()


if StmjFinder not in _sys.meta_path:
    _sys.meta_path.append(StmjFinder)
    _sys.meta_path.append(ZipFinder)


def get_magic():
    """CPython 3.11's bytecode magic (3495), as importlib's MAGIC_NUMBER."""
    return (3495).to_bytes(2, 'little') + b'\r\n'


def create_dynamic(spec, file=None):
    raise ImportError('stmj cannot load extension modules', name=spec.name)


def exec_dynamic(mod):
    return 0
