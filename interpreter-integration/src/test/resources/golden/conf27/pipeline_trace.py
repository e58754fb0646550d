# a data pipeline that logs what each stage hands on (the types users see when they print intermediate values)
import collections
import itertools

data = collections.OrderedDict([("b", 2), ("a", 1), ("c", 3)])
stages = [
    ("keys", data.keys()),
    ("iter keys", iter(data.keys())),
    ("reversed", reversed(data)),
    ("items", data.items()),
    ("sorted", sorted(data.items())),
    ("dict items rev", reversed(dict(data).items())),
    ("list rev", reversed(list(data))),
    ("tuple iter", iter(tuple(data))),
    ("bytes iter", iter(b"abc")),
    ("bytearray iter", iter(bytearray(b"abc"))),
    ("range iter", iter(range(3))),
    ("big range iter", iter(range(10 ** 20, 10 ** 20 + 2))),
    ("memoryview iter", iter(memoryview(b"xy"))),
    ("set iter", iter({1})),
    ("str iter", iter("abc")),
    ("map", map(str.upper, data)),
    ("zip", zip(data, data.values())),
    ("chain", itertools.chain(data, "x")),
    ("generator", (k for k in data)),
    ("enumerate", enumerate(data)),
]
for label, obj in stages:
    r = repr(obj)
    shown = r.split(" at 0x")[0] + ">" if " at 0x" in r else r
    print(f"{label:16} {type(obj).__name__:26} {shown}")
    if hasattr(obj, "__next__"):
        print(" " * 17, list(obj))
print(type(iter(data.values())).__name__ == type(reversed(data.items())).__name__)
counts = collections.Counter("hello world")
print(type(counts.keys()).__name__, type(iter(counts)).__name__, type(reversed(counts.values())).__name__)
