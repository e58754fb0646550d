# int26: COMPARE; POP_JUMP_IF_* (COMPARE_JUMP), FOR_ITER; STORE_FAST (FOR_ITER_STORE_FAST) and
# BINARY|INPLACE; STORE_FAST (BINARY_STORE_FAST / INPLACE_STORE_FAST): the fast paths and every way off them.
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return Num(self.v < getattr(o, "v", o))

    def __bool__(self):
        return self.v % 2 == 0

    def __add__(self, o):
        return Num(self.v + getattr(o, "v", o))

    def __iadd__(self, o):
        self.v += getattr(o, "v", o)
        return self

    def __repr__(self):
        return "Num(%r)" % (self.v,)


class Bad:
    def __lt__(self, o):
        raise ValueError("no order")

    def __bool__(self):
        raise RuntimeError("no truth")


class IntSub(int):
    def __lt__(self, o):
        return True


VALUES = [0, 1, -1, 7, 1024, 1025, 2 ** 31, -2 ** 63, 2 ** 63 - 1, 2 ** 63, -2 ** 70, 0.5, -0.0, float("inf"),
          float("nan"), True, False, IntSub(3)]


def compares(a, b):
    out = []
    if a < b:
        out.append("<")
    if a <= b:
        out.append("<=")
    if not (a > b):
        out.append("!>")
    if a >= b:
        out.append(">=")
    if a == b:
        out.append("==")
    if a != b:
        out.append("!=")
    while a < b:
        out.append("w")
        break
    return "".join(out) or "-"


def compares_lt(a, b):
    out = []
    if a < b:
        out.append("<")
    if not a < b:
        out.append("!<")
    while a < b:
        out.append("w")
        break
    return "".join(out) or "-"


def loop_while(n):
    i = 0
    while i < n:
        i += 1
    return i


def stores(a, b):
    x = a + b
    y = a - b
    z = a * b
    x += 1
    y -= b
    z *= 2
    w = a & 0xFFFF if isinstance(a, int) and isinstance(b, int) else 0
    w = w << 3
    return x, y, z, w


def iterate(it):
    s = []
    for x in it:
        s.append(x)
    return s


def gen(n):
    for i in range(n):
        yield i * i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def main():
    for a in VALUES:
        print(repr(a), " ".join(compares(a, b) for b in VALUES))
    for a in [3, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 1.5, 2 ** 80]:
        for b in [1, -1, 2 ** 62, 0.25, True]:
            print(repr(a), repr(b), stores(a, b))
    print(stores("ab", "c") if False else "str:", end=" ")
    try:
        stores("ab", "c")
    except TypeError as e:
        print("TypeError", e)
    x = Num(2)
    x += 3
    y = Num(1) + 4
    print(x, y)
    print(compares_lt(Num(1), Num(2)), compares_lt(Num(2), 3), compares_lt(Num(3), 4))
    try:
        compares(Bad(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        if Num(1) < Bad():
            pass
    except Exception as e:
        print(type(e).__name__, e)
    try:
        while Bad():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    print(loop_while(10), loop_while(0), loop_while(2.5), loop_while(-3))
    print(iterate(range(5)), iterate(range(10, 0, -3)), iterate([1, "a", None]), iterate((2.5,)), iterate("xyz"))
    print(iterate(gen(4)), iterate(Countdown(3)), iterate({1: 2, 3: 4}), iterate(iter([])))
    big = 0
    for i in range(2 ** 63 - 3, 2 ** 63 + 2):
        big = big + i
    print(big)
    total = 0
    for i in range(3000):
        total = total + i * i
        if total > 10 ** 9:
            total = total % 1000003
    print(total)
    try:
        for q in [1, 2]:
            r = q / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        u = undefined_name + 1
    except NameError as e:
        print("NameError", e)

    def unbound():
        for k in range(2):
            if k:
                print(v)
            v = k + 1
        return v
    print(unbound())

    def unbound2():
        try:
            t = t + 1
        except UnboundLocalError as e:
            print("UnboundLocalError", e)
    unbound2()
    # warm the sites, then meet other operand types at the same instructions
    for rounds in range(3):
        acc = 0
        for v in [1] * 2000 + [2 ** 70, 0.5, True]:
            acc = acc + v
            if acc < 0:
                acc = -acc
        print(rounds, acc)


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        print("trace", event, frame.f_lineno - traced.__code__.co_firstlineno)
    return tracer


def traced():
    s = 0
    for i in range(2):
        s = s + i
        if s < 1:
            s += 10
    return s


main()
sys.settrace(tracer)
print(traced())
sys.settrace(None)
print(traced())
