# The indicator lines under traceback source lines: an assert's test, a comprehension's own loop
import traceback
def show(fn):
    try:
        fn()
    except Exception:
        text = traceback.format_exc().replace(__file__, "FILE")
        print(text)
x, y = 0, 0
def a1():
    assert x > 0, "x must be positive"
def a2():
    assert not x < 1 or y, "chained"
def a3():
    assert (y > 1) if x else (x == 1 == y)
def a4():
    assert x
def gen():
    yield 1
    raise ValueError("from the generator")
def c1():
    return [v for v in gen()]
def c2():
    return sum(v for v in gen())
def c3():
    return {k: 1 for w in [1] for k in gen()}
def c4():
    return list(v
        for v in gen())
for f in (a1, a2, a3, a4, c1, c2, c3, c4):
    show(f)
