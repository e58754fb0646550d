"""One frame calling more distinct functions than it keeps spare frames for (20 codes in a cycle, methods, operator
methods, __init__ frames, recursion): every call must see fresh locals, its own caller and its defaults, whichever
reused frame it runs in; a frame that escaped (traceback, sys._getframe) must keep what it saw."""
import sys


def make(k):
    def f(a, b=k):
        try:
            fresh  # noqa: F821 - a local never bound before this point: a reused frame must not keep the last one
        except UnboundLocalError:
            pass
        else:
            return "stale local in f%d" % k
        fresh = a * 100 + b
        caller = sys._getframe(1).f_code.co_name
        return (fresh, caller)
    f.__name__ = f.__qualname__ = "f%d" % k
    return f


FUNCS = [make(k) for k in range(20)]


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return P(self.x * k, self.y * k)

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)


def hub(n):
    out = []
    p = P(1, 2)
    for i in range(n):
        for j, fn in enumerate(FUNCS):
            r = fn(i) if j % 2 else fn(i, j)
            out.append(r)
        p = p + P(i, -i) * 2
        out.append(p.norm1())
    return out, p


def deep(n):
    if n == 0:
        return [f(n)[1] for f in FUNCS[:3]]
    r = deep(n - 1)
    return r + [FUNCS[n % 20](n)[0]]


def raiser(k):
    x = k * 2
    if k == 13:
        raise ValueError("k=%d x=%d" % (k, x))
    return x


def hub_tb():
    seen = []
    for rnd in range(3):
        for k in range(20):
            try:
                seen.append(raiser(k))
            except ValueError as e:
                tb = e.__traceback__
                while tb.tb_next is not None:
                    tb = tb.tb_next
                seen.append((str(e), tb.tb_frame.f_code.co_name, tb.tb_frame.f_locals["x"]))
        for f in FUNCS:
            seen.append(f(rnd)[0])
    return seen


frames = []


def keeper(k):
    frames.append(sys._getframe())
    v = k + 1
    return v


def hub_keep():
    total = 0
    for k in range(25):
        total += keeper(k)
        total += FUNCS[k % 20](k)[0]
    return total


out, p = hub(30)
print(len(out), out[:3], out[20:23], out[-1], p)
print(sum(x[0] for x in out if isinstance(x, tuple)), {x[1] for x in out if isinstance(x, tuple)})
print(deep(40))
print(hub_tb())
print(hub_keep(), [fr.f_locals["v"] for fr in frames][:5], len({id(fr) for fr in frames}))
print(all(fr.f_code.co_name == "keeper" for fr in frames))
