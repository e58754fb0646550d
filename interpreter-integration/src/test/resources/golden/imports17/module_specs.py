# __spec__ and __loader__ of imported modules, and what reads them: importlib.util.find_spec after an import,
# importlib.reload, pkgutil's module listing, importlib.resources, pkgutil.get_data, linecache and inspect.getsource
# on standard-library code, traceback source lines of library frames.
import importlib
import importlib.resources
import importlib.util
import inspect
import json
import linecache

import os
import pkgutil
import shutil
import sys
import tempfile
import textwrap
import traceback

import _thread
print(_thread.__spec__.name, _thread.__spec__.origin, _thread.__loader__.__name__, _thread.__spec__.parent == "")
print(sys.__spec__.origin, json.__spec__.name, json.__spec__.parent, json.__spec__.has_location)
print(json.__spec__.submodule_search_locations is not None, json.decoder.__spec__.parent)
print(json.__loader__ is json.__spec__.loader, json.__spec__.origin == json.__file__)
print(importlib.util.find_spec("json") is json.__spec__)
print(importlib.util.find_spec("json.decoder").name)
print(importlib.util.find_spec("no_such_module_zz"))

src = inspect.getsource(json.dumps)
print(src.splitlines()[0])
print(linecache.getline(textwrap.__file__, 1).startswith('"""Text wrapping'))
try:
    textwrap.dedent(5)
except TypeError:
    tb = traceback.format_exc().splitlines()
    print([ln.strip() for ln in tb if ln.startswith("    ") and set(ln.strip()) - set("^~")][-1])

root = tempfile.mkdtemp()
try:
    pkg = os.path.join(root, "gpkg")
    os.makedirs(os.path.join(pkg, "inner"))
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("NAME = 'gpkg'\n")
    with open(os.path.join(pkg, "inner", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(pkg, "mod.py"), "w") as f:
        f.write("X = 1\n")
    with open(os.path.join(pkg, "data.txt"), "w") as f:
        f.write("payload\n")
    sys.path.insert(0, root)
    import gpkg.mod
    print(gpkg.__spec__.name, gpkg.__spec__.parent, gpkg.mod.__spec__.parent)
    print(gpkg.__spec__.submodule_search_locations == [pkg], gpkg.mod.__spec__.origin == gpkg.mod.__file__)
    print(os.path.isabs(gpkg.mod.__file__), gpkg.mod.__loader__.get_source("gpkg.mod"))
    print(sorted(m.name for m in pkgutil.iter_modules(gpkg.__path__)))
    print(sorted(m.name for m in pkgutil.walk_packages([root]) if m.name.startswith("gpkg")))
    print(importlib.resources.files("gpkg").joinpath("data.txt").read_text().strip())
    print(pkgutil.get_data("gpkg", "data.txt"))
    with open(os.path.join(pkg, "mod.py"), "w") as f:
        f.write("X = 2\nY = 'reloaded'\n")
    m = importlib.reload(gpkg.mod)
    print(m is gpkg.mod, m.X, m.Y)
    print(importlib.import_module(".mod", "gpkg").X)
finally:
    shutil.rmtree(root)
