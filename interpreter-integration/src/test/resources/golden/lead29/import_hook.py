# An import statement goes through builtins.__import__ when a program replaces it (tracing, mocking a module),
# with the name, the globals, the locals (None in a function), the fromlist and the level; without one it is an
# ImportError, as CPython 3.11's IMPORT_NAME
import builtins

seen = []
real_import = builtins.__import__


def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    if globals is not None and globals.get("__name__") == "__main__":
        seen.append((name, fromlist, level, locals is None, locals is globals))
    return real_import(name, globals, locals, fromlist, level)


builtins.__import__ = tracing_import
import json
from collections import OrderedDict
import os.path as osp


def inner():
    import math
    from itertools import chain
    return math.pi, chain


inner()
builtins.__import__ = real_import
import re
for s in seen:
    print(s)
print(osp.basename("a/b.txt"), OrderedDict(a=1), json.dumps([1]))

mocked = {"payments": "<fake payments module>"}


def mocking_import(name, *args):
    if name in mocked:
        return mocked[name]
    return real_import(name, *args)


builtins.__import__ = mocking_import
import payments
print(payments)
builtins.__import__ = real_import
try:
    import payments
except ImportError as e:
    print(type(e).__name__, e)

del builtins.__import__
try:
    import string
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = real_import
import string
print(string.ascii_lowercase[:3])
