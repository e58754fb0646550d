"""Class and function browser: the module-level classes and functions of a Python module, read from its source.

Written for stmpy from the documented interface of CPython 3.11's pyclbr (readmodule, readmodule_ex, Class,
Function and their attributes): the source is parsed with ast, nothing is imported or run. A base class is the
Class object where the module (or a module it imports from, read the same way) defines it, else its text.
"""
import ast
import importlib.util
import os
import sys

__all__ = ["readmodule", "readmodule_ex", "Class", "Function"]

_cache = {}  # module name -> its tree, so that each module is read once


class _Object:
    """What a Function and a Class have in common."""

    def __init__(self, module, name, file, lineno, end_lineno, parent):
        self.module = module
        self.name = name
        self.file = file
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.parent = parent
        self.children = {}
        if parent is not None:
            parent.children[name] = self


class Function(_Object):
    """A function or method defined by a def or async def statement."""

    def __init__(self, module, name, file, lineno, parent=None, is_async=False, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.is_async = is_async
        if isinstance(parent, Class):
            parent.methods[name] = lineno


class Class(_Object):
    """A class defined by a class statement."""

    def __init__(self, module, name, super_, file, lineno, parent=None, *, end_lineno=None):
        super().__init__(module, name, file, lineno, end_lineno, parent)
        self.super = super_ or []
        self.methods = {}


def readmodule(module, path=None):
    """The module's classes by name (Class objects only)."""
    return {name: value for name, value in _read(module, path, None).items() if isinstance(value, Class)}


def readmodule_ex(module, path=None):
    """The module's functions and classes by name; a package's tree also has '__path__'."""
    return _read(module, path, None)


def _read(module, path, package):
    full = module if package is None else package + "." + module
    if full in _cache:
        return _cache[full]
    tree = {}
    if module in sys.builtin_module_names and package is None:
        _cache[module] = tree
        return tree
    dot = module.rfind(".")
    if dot >= 0:
        parent = _read(module[:dot], path, package)
        if "__path__" not in parent:
            raise ImportError("No package named {}".format(module[:dot]))
        return _read(module[dot + 1:], parent["__path__"], module[:dot] if package is None
                     else package + "." + module[:dot])
    search = (path or []) + sys.path if package is None else path
    found = _find(full, module, search)
    if found is None:
        raise ModuleNotFoundError("no module named %r" % full, name=full)
    file, source, locations = found
    _cache[full] = tree
    if locations is not None:
        tree["__path__"] = locations
    if source is None:
        return tree
    _walk(ast.parse(source), tree, full, file, path, package, None)
    return tree


def _find(full, name, search):
    """(file, source, package locations or None) of a module, or None: a source file in a directory of the search
    path is read without running anything; a library module (stmj's own roots) is found by the import machinery."""
    for entry in search:
        if not isinstance(entry, str) or entry.startswith("<"):
            continue
        base = os.path.join(entry or ".", name)
        for file, locations in ((os.path.join(base, "__init__.py"), [base]), (base + ".py", None)):
            if os.path.isfile(file):
                with open(file, "rb") as f:
                    return file, f.read(), locations
    spec = importlib.util._find_spec_from_path(full, search)
    if spec is None:
        return None
    try:
        source = spec.loader.get_source(full)
        file = spec.loader.get_filename(full)
    except (AttributeError, ImportError):
        source = file = None
    return file, source, spec.submodule_search_locations


def _base(expr, tree):
    text = ast.unparse(expr)
    if text in tree:
        return tree[text]
    parts = text.split(".")
    if len(parts) > 1:
        if parts[-2] in _cache:
            return _cache[parts[-2]].get(parts[-1], text)
        return None  # a base in a module not read: left out, as CPython's browser does
    return text


def _walk(node, tree, module, file, path, package, parent):
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            f = Function(module, stmt.name, file, stmt.lineno, parent, isinstance(stmt, ast.AsyncFunctionDef),
                         end_lineno=stmt.end_lineno)
            if parent is None:
                tree[stmt.name] = f
            _walk(stmt, tree, module, file, path, package, f)
        elif isinstance(stmt, ast.ClassDef):
            bases = [b for b in (_base(e, tree) for e in stmt.bases) if b is not None]
            c = Class(module, stmt.name, bases, file, stmt.lineno, parent, end_lineno=stmt.end_lineno)
            if parent is None:
                tree[stmt.name] = c
            _walk(stmt, tree, module, file, path, package, c)
        elif parent is None and isinstance(stmt, ast.Import) and stmt.col_offset == 0:
            for alias in stmt.names:
                try:
                    _read(alias.name, path, package)
                except Exception:
                    pass
        elif parent is None and isinstance(stmt, ast.ImportFrom) and stmt.col_offset == 0 and stmt.level == 0:
            try:
                other = _read(stmt.module, path, package)
            except Exception:
                continue
            for alias in stmt.names:
                if alias.name in other:
                    tree[alias.asname or alias.name] = other[alias.name]
                elif alias.name == "*":
                    for name, value in other.items():
                        if not name.startswith("_"):
                            tree[name] = value
