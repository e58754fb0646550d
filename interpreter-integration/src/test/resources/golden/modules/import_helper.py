import _helper_mod
from _helper_mod import greet, Counter as C
import _helper_mod as hm
print(_helper_mod.VALUE, greet("golden"), hm is _helper_mod)
c = C()
c.inc(); c.inc()
print(c.n, _helper_mod.__name__, hasattr(_helper_mod, "_private"))
import _helper_mod
print(_helper_mod.load_count)
from _helper_mod import *
print(public_fn(), "hidden" if "_private" not in dir() else "leaked")
