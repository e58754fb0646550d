# exec() and eval() with a locals mapping that is not a dict


class Recording:
    """A mapping with only __getitem__/__setitem__/__delitem__ that records what happens to it."""

    def __init__(self, **init):
        self.d = dict(init)
        self.log = []

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.log.append(("set", k))
        self.d[k] = v

    def __delitem__(self, k):
        self.log.append(("del", k))
        del self.d[k]


m = Recording(a=2, gone=1)
exec("b = a * 21\nc = len([a, a])\ndel gone", {}, m)
print(sorted(m.d.items()))
print(sorted(m.log))

# eval reads from the mapping first, then globals, then builtins
m = Recording(x=5, len=lambda s: -1)
print(eval("x + y + len('abc')", {"y": 10}, m))
print(eval("(z := x + 1)", {}, m), m.d["z"])


class Defaulting:
    def __getitem__(self, k):
        if k.startswith("v"):
            return k.upper()
        raise KeyError(k)


print(eval("v1 + v2", {}, Defaulting()))

# annotations at the top level go to the mapping's __annotations__


class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


store = {}


class Forward:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v
        store[k] = v


exec("x: int = 1", {}, Forward())
print(store["__annotations__"], store["x"])
ns = {"__annotations__": Lower()}
exec("X: int; Z: str = 'Z'; (w): complex = 1j", ns)
print(ns["__annotations__"])

# a user-defined mapping with keys(): collections.UserDict
import collections
ud = collections.UserDict(p=3)
exec("q = p + 1", {}, ud)
print(dict(ud))

# an exception in the code still stores what was bound before it
m = Recording()
try:
    exec("r = 1\nraise ValueError('boom')", {}, m)
except ValueError as e:
    print("ValueError", e, m.d)

# the errors CPython gives for arguments of the wrong type
for call in (lambda: exec("1", 5), lambda: exec("1", {}, 5), lambda: eval("1", 5),
             lambda: eval("1", {}, 5), lambda: eval("1", collections.UserDict())):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(eval("1", {}, []), exec("1", {}, ()))
