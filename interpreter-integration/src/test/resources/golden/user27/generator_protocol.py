"""A coroutine-style log processor driven with send/throw/close, and yield from delegation."""


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager ignoring:", e)
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def grouper(results, key):
    while True:
        results[key] = yield from averager()
        print(f"  group {key} done: {results[key]}")
        return key


def counter_with_cleanup(n):
    try:
        for i in range(n):
            received = yield i
            if received:
                print("  got", received)
    except GeneratorExit:
        print("  closing counter")
        raise
    finally:
        print("  counter finally")


data = {"temps": [20.5, 21.0, 19.5], "loads": [1, 3, 5, 7]}
results = {}
for key, values in data.items():
    g = grouper(results, key)
    print("primed:", next(g))
    for v in values:
        print(" avg:", g.send(v))
    print(" throw ->", g.throw(ValueError("bad sample")))
    try:
        g.send(None)
    except StopIteration as stop:
        print(" stop value:", stop.value)
print(results)

c = counter_with_cleanup(5)
print(next(c), c.send("hello"), next(c))
c.close()
print("closed:", c.gi_frame is None)
try:
    next(c)
except StopIteration:
    print("exhausted after close")

c2 = counter_with_cleanup(3)
next(c2)
try:
    c2.throw(KeyError("boom"))
except KeyError as e:
    print("propagated", repr(e))


def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def inner():
    x = yield "inner-1"
    print("  inner got", x)
    return "inner-result"


def outer():
    r = yield from inner()
    print("  outer got", r)
    r2 = yield from [10, 20]
    print("  list delegation returned", r2)
    return "done"


o = outer()
print(next(o))
print(o.send("S"))
print(next(o))
try:
    next(o)
except StopIteration as e:
    print("final:", e.value)

gen = (x * x for x in range(3))
print(gen.send(None), list(gen))
try:
    (x for x in []).send(5)
except TypeError as e:
    print("TypeError:", e)


def stop_inside():
    yield 1
    raise StopIteration("oops")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
