# warnings takes its state and warn/warn_explicit from _warnings (as from CPython's C module): the default
# filters hold the string '__main__' (matched by equality), the actions behave as CPython's, catch_warnings swaps
# warnings.filters and the warnings seen through it (importing them no longer
# imports re: not visible here, CPython's site has imported it).
import sys
import _warnings
import warnings

print(warnings.filters is _warnings.filters, warnings.warn is _warnings.warn)
print(warnings.filters)
print(warnings.defaultaction, type(warnings.onceregistry).__name__)
import random


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)


warnings.showwarning = show


def dep():
    warnings.warn("old", DeprecationWarning, stacklevel=2)


dep()  # shown: '__main__' matches this module
warnings.warn("pending", PendingDeprecationWarning)  # ignored
for i in range(3):
    warnings.warn("again")  # once per line: default
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("one")
    warnings.warn("one")
warnings.simplefilter("module", UserWarning)
for i in range(2):
    warnings.warn("mod")
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    warnings.warn("a")
    warnings.warn("a")
    warnings.warn_explicit("explicit", RuntimeWarning, "somefile.py", 7, module="m")
print([(str(w.message), w.category.__name__, w.filename == __file__ or w.filename) for w in seen])
print(len(warnings.filters))
warnings.filterwarnings("error", message="bo+m")
try:
    warnings.warn("boom here")
except UserWarning as e:
    print("raised", e)
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("quiet")
warnings.resetwarnings()
print(warnings.filters)
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1)
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    warnings.warn("y")
except RuntimeError as e:
    print("RuntimeError", str(e).splitlines()[0])
