"""The dispatch loop's warm-up (GIL mode, before a script or -m module; not -c, not the REPL).

stmpy's dispatch loop is one Java method; C2 compiles it on the branch profile of the first ~40,000 bytecodes,
and a compile dies the first time the program takes a side that profile never saw (a range or list iterator that
ends, an int above the small-int cache, a negative `%` operand, an empty cache slot, an opcode not run yet):
0.3-2 s of C2 work each (papers/results/python.md, whole18/whole19). run() takes each rare side of the hot
handlers a few times while the loop is profiled (bin/stmpy starts the profile early in GIL mode), so that the
first compile has them. Nothing here calls back into Python from Java (no dunder methods, key functions,
context managers or map): each such call is a new entry into the loop, and a few hundred of them brought a
standard C2 compile of the loop besides its OSR ones. It must leave no trace a program can see: Main drops this module from sys.modules afterwards; no output, no global state outside it.
"""


class _W:
    k = 1

    def __init__(self, v):
        self.v = v
        self.w = v * 2

    def get(self):
        return self.v

    def add(self, o):
        return _W(self.v + o.v)

    def less(self, o):
        return self.v < o.v


class _S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a + 1


def _gen(n):
    for i in range(n):
        yield i


def _genf(n):
    yield from _gen(n)


_g = 0


def _pass(j):
    global _g
    t = 0
    for i in range(3):
        t += i
    for x in [1, 2]:
        t += x
    for x in (1.5, 2):
        t = t + x
        t = x + t
        t = t * x - x / 2
        t = 2 * x + x * 3 - 1 / x
        t = t / 2 + t * 2 - 1
    t = int(t) % 7 + (-7) % 3 + 7 % -3 + (-7) // 2 + 7 // 2 + (j - 5) % 4
    b = 300 + j
    b = b * 1000 + 255
    b = b - 100000 + (1 << 70) - (1 << 70)
    b += -b // 3 + abs(-b) % 11
    f = 1.5 % -0.5 + (-1.5) % 0.7 + 2.0 ** 3 + 2 ** 3 + 2 ** -1
    s = 0
    k = 0
    while k < 4:
        k += 1
        if k == 2:
            continue
        if k > 3:
            break
        s = s + k
    w = _W(j)
    z = _W(3)
    u = w.add(z)
    if w.less(z) or w.v == z.v:
        s += w.get() + w.v + w.w + w.k
    s += u.v
    w.v = 5
    w.extra = 1
    _W.k = j
    _g = _g + 1
    o = _S(j)
    o.a = o.b + o.a
    s += o.a
    lst = [i * i for i in range(4)]
    lst.append(b)
    lst[0] = lst[1]
    del lst[0]
    s += sum(lst[1:3]) + len(lst) + lst[-1] + max(lst) + min(lst)
    d = {"a": 1, "b": 2}
    d["c"] = 3
    for k2, v2 in d.items():
        s += v2
    for k2 in d:
        s += d[k2]
    st = {1, 2, 3}
    s += (2 in st) + (5 in st) + (2 in lst) + ("a" in d)
    a1, a2, *rest = (1, 2, 3, 4)
    s += a1 + a2 + len(rest)
    for q in _gen(3):
        s += q
    for q in _genf(2):
        s += q
    e = [x for x in lst if x > 2]
    s += len(e) + len({x: x for x in range(2)}) + len({x for x in range(2)})
    try:
        raise ValueError("x")
    except ValueError:
        s += 1
    finally:
        s += 1
    try:
        d["zz"]
    except KeyError:
        s += 1
    try:
        w.nothere
    except AttributeError:
        s += 1
    nm = "%d-%s" % (s, "x") + f"{s}{f:.2f}" + str(j) + "ab"[0]
    s += len(nm) + (s is None) + (s is not None) + (not s)
    fn = lambda x, y=2, *a, **kw: x + y + len(a) + len(kw)
    s += fn(1) + fn(1, 2, 3, z=4) + fn(*[1, 2], **{"q": 1})

    def inner():
        nonlocal s
        s += 1
        return s
    inner()
    if isinstance(w, _W) and hasattr(w, "v") and getattr(w, "nope", 1):
        s += abs(-s) + 0 if s > 0 else 1
    return s + t + b + int(f) + len(str(sorted(lst)))


def run(n):
    for j in range(n):
        _pass(j)
