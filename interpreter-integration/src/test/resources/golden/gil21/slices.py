"""Slice subscripts and slice assignment (the SLICE_SUBSCR superinstruction and its general fallback)."""


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyList(list):
    def __getitem__(self, k):
        return ("MyList.get", k if not isinstance(k, slice) else (k.start, k.stop, k.step))

    def __setitem__(self, k, v):
        print("MyList.set", (k.start, k.stop, k.step) if isinstance(k, slice) else k, v)


class Sub(list):
    pass


def reads():
    a = list(range(10))
    n = len(a)
    for lo in (None, -20, -10, -3, -1, 0, 1, 3, 9, 10, 11, 20, True):
        for hi in (None, -20, -11, -4, -1, 0, 2, 5, 10, 12, 50):
            for st in (None, 1, -1, 2, -2, 3, -3, 10, -10, 100, Idx(2), Idx(-1)):
                r = a[lo:hi:st]
                t = tuple(a)[lo:hi:st]
                s = "abcdefghij"[lo:hi:st]
                b = bytes(range(10))[lo:hi:st]
                rg = range(10)[lo:hi:st]
                assert list(t) == r and [ord(c) - 97 for c in s] == r and list(b) == r, (lo, hi, st)
                assert list(rg) == r, (lo, hi, st, rg)
            print(lo, hi, a[lo:hi], a[lo:hi:-1], a[:hi], a[lo:], a[hi::-1] if hi is not None else None)
    print(a[Idx(2):Idx(7)], a[Idx(-3):], a[:Idx(-8):-1])
    print(a[2**70:], a[:2**70], a[-2**70:3], a[::2**70], a[::-2**70])
    big = 2 ** 70
    print(a[big:big], a[-big::-1], a[big::-1])
    for bad in ("1", 1.5, [1]):
        try:
            a[bad:]
        except TypeError as e:
            print("TypeError", e)
    try:
        a[::0]
    except ValueError as e:
        print("ValueError", e)
    print(MyList([1, 2, 3])[1:2], MyList([1, 2, 3])[::-1], Sub([1, 2, 3, 4])[1:3], type(Sub([1, 2])[:]).__name__)
    d = {(1, 2): "x"}
    try:
        print(d[1:2])
    except TypeError as e:
        print("TypeError", e)
    try:
        none = None
        none[1:2]
    except TypeError as e:
        print("TypeError", e)
    print(n, a[:], a[:] is a)


def writes():
    for lo in (None, -12, -3, 0, 2, 5, 10, 14):
        for hi in (None, -12, -2, 0, 3, 6, 10, 15):
            for src in ([], [7], [7, 8, 9], (4, 5), "xy", range(3)):
                a = list(range(10))
                a[lo:hi] = src
                b = list(range(10))
                b[lo:hi:1] = src
                assert a == b
                print(lo, hi, src, a)
    a = list(range(10))
    a[::2] = "abcde"
    print(a)
    a[::-3] = [0, 0, 0, 0]
    print(a)
    for src in ([1, 2], [1, 2, 3, 4, 5, 6]):
        try:
            a[::2] = src
        except ValueError as e:
            print("ValueError", e)
    a = list(range(6))
    a[:] = a
    print(a)
    a[1:4] = a
    print(a)
    a = list(range(6))
    a[2:] = a[::-1]
    print(a)
    p = list(range(8))
    for first in (3, 7, 1, 0, 5):
        p[:first + 1] = p[first::-1]
        print(p)
    q = list(range(6))
    for r in range(1, 6):
        q[:r] = q[1:r + 1]
        print(q)
    m = MyList([1, 2, 3])
    m[1:2] = [9]
    m[::-1] = "ab"
    s = Sub([1, 2, 3])
    s[1:] = [5, 6, 7]
    print(s, type(s).__name__)
    for obj in ((1, 2, 3), "abc"):
        try:
            obj[0:1] = [1]
        except TypeError as e:
            print("TypeError", e)
    a = [1, 2, 3]
    try:
        a[1:2] = 5
    except TypeError as e:
        print("TypeError", e)
    a[Idx(1):Idx(2)] = [8, 8]
    print(a)
    a[10:20] = [4]
    a[-20:-19] = [0]
    print(a)
    del a[1:3]
    print(a)


def generator_slices():
    def g(xs):
        for i in range(len(xs)):
            yield xs[i:] + xs[:i]
    print(list(g([1, 2, 3])))


reads()
writes()
generator_slices()
