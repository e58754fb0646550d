# Unpacking into local variables (the quickened UNPACK_SEQUENCE + STORE_FAST forms): every kind of value,
# wrong lengths, repeated names, swaps, loops, generators, closures, and line tracing of multi-line targets.
import sys


class T(tuple):
    def __iter__(self):
        return iter(("iter", "called"))


class L(list):
    pass


def basic(t):
    a, b, c = t
    return a, b, c


def swap(a, b):
    a, b = b, a
    x, y, z = a, b, a + b
    return a, b, x, y, z


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def same_name(t):
    a, a = t
    b, b = 1, 2
    return a, b


def lengths(v):
    try:
        a, b = v
        return ("ok", a, b)
    except ValueError as e:
        return ("ValueError", str(e))
    except TypeError as e:
        return ("TypeError", str(e))


def loop(items):
    out = []
    for k, (x, y) in items:
        out.append(k + x * y)
    for limit, (a, b, c, d, e, f) in [(0.5, (1, 2, 3, 4, 5, 6)), (1.0, (6, 5, 4, 3, 2, 1))]:
        if limit > 0.7:
            out.append(a * b - c + d * e - f)
            break
    return out


def gen(pairs):
    for p in pairs:
        a, b = p
        yield a + b
        a, b = b, a
        yield a - b


def closure(t):
    a, b = t
    c, d = b, a

    def inner():
        return a * 10 + d
    return inner()


def star(t):
    a, *b = t
    return a, b


def unbound_after_error():
    try:
        a, b = 1, 2, 3
    except ValueError:
        pass
    try:
        x, y = (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError"


print(basic((1, 2, 3)), basic([4, 5, 6]), basic("xyz"), basic(range(3)), basic(L([7, 8, 9])))
print(basic(iter([1, 2, 3])), basic({1: 0, 2: 0, 3: 0}))
print(lengths(T((1, 2, 3))), lengths(T((1, 2))), lengths((1, 2, 3)), lengths((1,)), lengths(()))
print(lengths([1, 2, 3]), lengths(5), lengths(None), lengths("ab"), lengths(x for x in (1, 2)))
print(swap(1, 2), swap("a", "b"), fib(30), fib(100))
print(same_name((1, 2)), same_name("pq"))
print(loop([(1, (2, 3)), (10, [4, 5]), (100, "ab" and (6, 7))]))
print(list(gen([(1, 2), (3, 5), [10, 20]])))
print(closure((3, 4)), star((1, 2, 3)), star("z"))
print(unbound_after_error())


def traced(t):
    (a,
     b) = t
    c, d = b, a
    return a + b + c + d


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = traced((1, 2))
sys.settrace(None)
print(r, events)
