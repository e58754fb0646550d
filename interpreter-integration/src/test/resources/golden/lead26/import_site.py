# a program that imports site (as tools such as pip or virtualenv helpers do) makes every sys.path entry absolute:
# the standard library must still import afterwards, and its files keep their sources
import sys
import site
assert all(p == "" or p.startswith("/") for p in sys.path), sys.path
import statistics, tarfile, uuid, timeit, zipfile
print(statistics.median([3, 1, 2]))
import linecache
print(linecache.getline(statistics.__file__, 1).strip())
print(callable(site.getsitepackages), isinstance(site.ENABLE_USER_SITE, (bool, type(None))))
import importlib
print(importlib.import_module("textwrap").shorten("hello   world  again", 12))
