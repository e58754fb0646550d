"""while True / while 1 loops (compiled without a test): break, continue, else, nesting, generators, line events."""
import sys


def count_up(n):
    i = 0
    while True:
        i += 1
        if i >= n:
            break
    return i


def skip_odd(n):
    i, s = 0, []
    while 1:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        s.append(i)
    else:
        s.append("never")
    return s


def nested(n):
    out = []
    a = 0
    while True:
        b = 0
        while True:
            b += 1
            if b > a:
                break
            out.append((a, b))
        a += 1
        if a == n:
            return out


def gen(n):
    k = 0
    while True:
        yield k
        k += 1
        if k == n:
            return


def with_try(n):
    i = 0
    while True:
        try:
            i += 1
            if i == n:
                raise ValueError(i)
        except ValueError as e:
            return "caught %s" % e
        finally:
            if i == n:
                print("finally at", i)


def empty_body_break():
    while True:
        break
    while 2:
        break
    else:
        print("never")
    return "done"


def cond_while(n):
    i = 0
    while i < n:
        i += 1
    else:
        i += 100
    return i


print(count_up(5), skip_odd(9), nested(4))
print(list(gen(4)), with_try(3), empty_body_break(), cond_while(3))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("count_up", "skip_odd", "nested", "gen"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
r = (count_up(3), skip_odd(4), nested(3), list(gen(2)))
sys.settrace(None)
print(r)
for e in events:
    print(*e)
