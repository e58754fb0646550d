"""A deprecation-aware plugin loader: warnings filters, categories, stacklevel, and their stderr text."""
import warnings
import sys


class PluginWarning(UserWarning):
    pass


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def load(name):
    if name.startswith("_"):
        warnings.warn(f"plugin {name!r} is private", PluginWarning)
    if name == "legacy":
        warnings.warn("legacy plugin", FutureWarning, stacklevel=1)
    return name


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    load("_hidden")
    load("legacy")
    warnings.warn("plain message")
    warnings.warn(RuntimeWarning("instance warning"))
for w in caught:
    print(w.category.__name__, "|", w.message, "|", w.lineno, "|", type(w.message).__name__)
print(len(caught), str(caught[0])[:60])

with warnings.catch_warnings():
    warnings.simplefilter("error", PluginWarning)
    try:
        load("_x")
    except PluginWarning as e:
        print("raised:", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        load("_same")
    for i in range(3):
        warnings.warn("loop warning %d" % (i % 2))
    print("default filter kept", len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.filterwarnings("ignore", message="plugin '_a'")
    warnings.filterwarnings("always", category=PluginWarning)
    load("_a")
    load("_b")
    print([str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for n in ["_p", "_p", "_q"]:
        load(n)
    warnings.warn("module-level once")
    warnings.warn("module-level once")
    print("once kept", len(caught))

print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line of code").rstrip())
print(repr(warnings.formatwarning("m", DeprecationWarning, "f.py", 3)))
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)

sys.stdout.flush()
# these go to stderr with the default filters: the text CPython writes
old_api(2)
warnings.warn("top-level user warning")
warnings.warn("top-level user warning")
load("_shown")
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 99)
warnings.showwarning("shown directly", ResourceWarning, "res.py", 7)


def deep():
    warnings.warn("from deep", stacklevel=3)


def mid():
    deep()


mid()
print("done")
