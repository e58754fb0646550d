# Frames reused across calls made from frames that are never reused themselves (comprehensions, functions with
# cells, generators): results, locals, tracebacks and frame objects must be those of fresh frames.
import sys
import threading


def sq(x):
    return x * x


def add(a, b=10):
    return a + b


def where():
    return sys._getframe(1).f_code.co_name


def closure_user(k):
    m = 3  # a cell: the frame of closure_user is never reused

    def inner(v):
        return v * m
    return [add(sq(i), inner(i)) for i in range(k)]


def gen_calls(n):
    for i in range(n):
        yield add(sq(i))


def leaves_suspended(vals):
    return any(sq(v) > 10 for v in vals)


def raising(i):
    if i == 3:
        raise ValueError("three")
    return i


def gen_raises(n):
    for i in range(n):
        yield raising(i) + sq(i)


class C:
    def __init__(self, d):
        self.d = d

    def ok(self, a, b):
        return a - b != self.d

    def sup(self, v, dom):
        return any(self.ok(v, w) for w in dom)

    def all_ok(self, v, dom):
        return [w for w in dom if self.ok(v, w)]


def shared_gen():
    for i in range(6):
        yield sq(i) + add(i, 1)


def resume_from_two_frames():
    g = shared_gen()

    def first():
        return [next(g) for _ in range(2)]

    def second():
        out = []
        for v in g:
            out.append(add(v))
            if len(out) == 2:
                break
        return out
    return first(), second(), list(g)


def deep(n):
    if n == 0:
        yield where()
        return
    yield from deep(n - 1)
    yield add(n)


def frames_seen():
    got = []
    for _ in range(3):
        got.append([where() for _ in range(2)])
    return got


def tb_names():
    names = []
    for attempt in range(3):
        try:
            list(gen_raises(5))
        except ValueError as e:
            tb = e.__traceback__
            chain = []
            while tb is not None:
                chain.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            names.append(chain)
    return names


def keep_frames():
    kept = []

    def grab(i):
        kept.append(sys._getframe())
        return i
    total = sum([grab(i) for i in range(4)])
    return total, [f.f_locals["i"] for f in kept]


def thread_body(out, idx):
    c = C(idx % 2)
    s = 0
    for i in range(2000):
        s += c.sup(i % 3, (0, 1, 2)) + len(c.all_ok(i % 3, (0, 1, 2)))
        s += sum(add(x) for x in range(3))
    out[idx] = s


def main():
    print(closure_user(5))
    print(list(gen_calls(5)))
    print(leaves_suspended([1, 2, 5, 7]), leaves_suspended([1, 2, 3]))
    c = C(0)
    print([c.sup(v, (0, 1, 2)) for v in range(4)], c.all_ok(1, (0, 1, 2)))
    print(resume_from_two_frames())
    print(list(deep(4)))
    print(frames_seen())
    print(tb_names())
    print(keep_frames())
    total = 0
    for i in range(3000):
        total += sum(closure_user(3)) + sum(gen_calls(3)) + leaves_suspended([i % 5, 4])
        total += c.sup(i % 3, (0, 1, 2)) + len(c.all_ok(i % 3, (1, 2)))
    print(total)
    out = [None] * 4
    ts = [threading.Thread(target=thread_body, args=(out, k)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(out)


main()
