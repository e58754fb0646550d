# PEP 562: a module's own __getattr__ and __dir__, as concurrent.futures uses them to import its executors lazily.
import sys
import types

calls = []


def _lazy_getattr(name):
    calls.append(name)
    if name == "answer":
        return 42
    if name.startswith("computed_"):
        return name[len("computed_"):].upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r} (custom message)")


def _lazy_dir():
    return ["answer", "computed_x", "plain"]


lazy = types.ModuleType("lazy")
lazy.plain = "plain value"
lazy.__getattr__ = _lazy_getattr
lazy.__dir__ = _lazy_dir
sys.modules["lazy"] = lazy

print(lazy.plain, lazy.answer, lazy.computed_abc)
print(getattr(lazy, "missing", "default"))
print(hasattr(lazy, "answer"), hasattr(lazy, "nothing"))
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)

from lazy import answer, computed_y
print(answer, computed_y)
try:
    from lazy import nope
except ImportError as e:
    print("ImportError:", e)

print(dir(lazy))
print("calls:", [c for c in calls if not c.startswith("__")])

plain = types.ModuleType("plain_module")
plain.x = 1
print([n for n in dir(plain) if not n.startswith("__")])

# the standard library's own use of it
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures
print(ThreadPoolExecutor.__name__, concurrent.futures.ProcessPoolExecutor.__name__)
with ThreadPoolExecutor(max_workers=3) as ex:
    print(sorted(ex.map(lambda v: v * v, range(8))))
