# CPython's random.py over the Java _random core: same numbers as CPython for the same seed, C-level checks
import operator
import pickle
import random

r = random.Random(20261202)
print(r.random(), r.getrandbits(5), r.getrandbits(100), r.randbytes(6))
print(r.randrange(10, 1000, 7), r.choice("abcdef"), r.sample(range(100), 4), r.choices("xyz", k=5))
r.seed("a string seed")
print(r.random())
r.seed(b"bytes seed")
print(r.random())
r.seed(-12345)
a = r.random()
r.seed(12345)
print(a == r.random())
r.seed(3.25)
print(r.random())
state = r.getstate()
x = [r.random() for _ in range(3)]
r.setstate(state)
print(x == [r.random() for _ in range(3)])
print(pickle.loads(pickle.dumps(r)).random() == r.random())
for bad in [(1, None, None), (2, None, None), (2, (1, 2, 3), None), (2, ("a",) * 625, None),
            (2, (1,) * 624 + (625,), None), (2, (1,) * 624 + (-1,), None)]:
    try:
        r.setstate(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__)
for call in [lambda: r.getrandbits(), lambda: r.getrandbits(1, 2), lambda: r.getrandbits(-1),
             lambda: r.getrandbits(1.0), lambda: r.randbytes(-1), lambda: r.sample({1: 2}, 1),
             lambda: random.Random(1, 2)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
print((0).to_bytes(0, "little"), (255).to_bytes(1, "big"), (-129).to_bytes(2, "big", signed=True))
for v, n, signed in [(1, 0, False), (128, 1, True), (-129, 1, True)]:
    try:
        v.to_bytes(n, "big", signed=signed)
    except OverflowError as e:
        print("OverflowError", e)
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
print(operator.index(7), random.SystemRandom().random() < 1.0)
