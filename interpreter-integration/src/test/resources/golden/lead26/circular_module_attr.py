# a module's attribute read while that module is still running its body (an import cycle): CPython names the
# module "partially initialized" and suggests the cycle; once the import has finished the message is the plain one
import _cyc_a
print(_cyc_a.later())
try:
    _cyc_a.missing
except AttributeError as e:
    print(e)
import types
m = types.ModuleType("made")
m.__spec__ = types.SimpleNamespace(_initializing=True)
try:
    m.attr
except AttributeError as e:
    print(e)
m.__spec__._initializing = False
try:
    m.attr
except AttributeError as e:
    print(e)
m.__name__ = 42
try:
    m.attr
except AttributeError as e:
    print(e)
