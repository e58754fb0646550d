# type names of the built-in iterators and views, as reprs, errors and type checks show them
import collections
import collections.abc
import pickle


def name(o):
    r = repr(o)
    return type(o).__name__ + " | " + (r.split(" at 0x")[0] + ">" if " at 0x" in r else r)


od = collections.OrderedDict(a=1, b=2, c=3)
d = {"x": 1, "y": 2}
values = [
    ("od.keys()", od.keys()), ("od.values()", od.values()), ("od.items()", od.items()),
    ("iter(od)", iter(od)), ("iter(od.keys())", iter(od.keys())), ("iter(od.values())", iter(od.values())),
    ("iter(od.items())", iter(od.items())), ("reversed(od)", reversed(od)),
    ("reversed(od.keys())", reversed(od.keys())), ("reversed(od.values())", reversed(od.values())),
    ("reversed(od.items())", reversed(od.items())), ("empty od keys", collections.OrderedDict().keys()),
    ("iter(d)", iter(d)), ("iter(d.values())", iter(d.values())), ("iter(d.items())", iter(d.items())),
    ("reversed(d)", reversed(d)), ("reversed(d.keys())", reversed(d.keys())),
    ("reversed(d.values())", reversed(d.values())), ("reversed(d.items())", reversed(d.items())),
    ("iter(set)", iter({1})), ("iter(list)", iter([1])), ("reversed(list)", reversed([1, 2])),
    ("iter(tuple)", iter((1,))), ("reversed(tuple)", reversed((1, 2))), ("iter(str)", iter("ab")),
    ("iter(bytes)", iter(b"ab")), ("iter(bytearray)", iter(bytearray(b"ab"))), ("iter(range)", iter(range(3))),
    ("iter(big range)", iter(range(2 ** 70))), ("reversed(range)", reversed(range(3))),
    ("iter(memoryview)", iter(memoryview(b"ab"))), ("iter(deque)", iter(collections.deque([1]))),
    ("reversed(deque)", reversed(collections.deque([1]))), ("enumerate", enumerate([])), ("zip", zip()),
    ("map", map(len, [])), ("filter", filter(None, [])),
]
for label, v in values:
    print(label.ljust(22), name(v))

# the iterators still work as before
print(list(reversed(od.items())), list(od.values()), list(reversed(d.items())), list(iter(b"hi")))
print(list(iter(range(2 ** 70, 2 ** 70 + 3))), list(iter(memoryview(b"xy"))), list(reversed([1, 2, 3])))
it = iter(od)
next(it)
od2 = pickle.loads(pickle.dumps(it))
print(type(od2).__name__, list(od2), list(it))
r = reversed([1, 2, 3, 4])
next(r)
print(pickle.loads(pickle.dumps(r)).__class__.__name__, list(pickle.loads(pickle.dumps(r))))
for o in (iter(od), od.keys(), reversed({}), reversed([]), iter(b""), iter(range(2 ** 70))):
    try:
        o.missing
    except AttributeError as e:
        print(e)
    try:
        len(o)
    except TypeError as e:
        print(e)
print(isinstance(od.keys(), collections.abc.KeysView), "b" in od.keys(), od.keys() == {"a", "b", "c"})
print(od.items() - {("a", 1)} == {("b", 2), ("c", 3)}, list(od.values())[::-1] == list(reversed(od.values())))
