# A bounded key-value store built on collections.abc.MutableMapping, with stats, pprint and reprlib output.
from collections.abc import MutableMapping, Mapping, Sequence, Iterable, Hashable, Callable
from collections import OrderedDict, ChainMap, UserDict, UserList, UserString
import pprint
import reprlib

class LRUStore(MutableMapping):
    def __init__(self, capacity, **initial):
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = self.evictions = 0
        self.update(initial)

    def __getitem__(self, key):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            raise
        self.hits += 1
        self._data.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1
            print(f"  evict {old!r}")

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))  # reads move keys to the end: iterate a snapshot

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"LRUStore({self.capacity}, {dict(self._data)})"

s = LRUStore(3, a=1, b=2)
s["c"] = 3
print(s["a"], s.get("zz", "none"), "b" in s, len(s))
s["d"] = 4
s.setdefault("e", 5)
print(s, list(s.keys()), list(s.items()), s.pop("d"), s.pop("q", None))
try:
    s["b"]
except KeyError as e:
    print("KeyError", e)
print(f"hits={s.hits} misses={s.misses} evictions={s.evictions}")
s.update([("x", 9)], y=10)
print(s == {"a": 1, "x": 9, "y": 10}, dict(s), isinstance(s, Mapping), isinstance(s, dict))
print(s.popitem(), len(s))
s.clear()
print(len(s), bool(s))
print(isinstance([], Sequence), isinstance({}, Sequence), isinstance((x for x in []), Iterable),
      isinstance([], Hashable), isinstance(len, Callable), issubclass(str, Sequence))

defaults = {"color": "red", "user": "guest", "level": 1}
env = {"user": "admin"}
cli = {"level": 3}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["level"], cm["color"], len(cm), sorted(cm), cm.maps[1])
cm2 = cm.new_child({"color": "blue"})
cm2["extra"] = True
print(cm2["color"], cm["color"], cm2.maps[0], dict(cm2.parents) == dict(cm))

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1})
ld["B"] = 2
print(ld, ld.data, "a" in ld)
class Stack(UserList):
    def push(self, x):
        self.append(x)
st = Stack([1, 2])
st.push(3)
print(st, st[-1], st + [4], type(st[:2]).__name__)
print(UserString("abc").upper(), UserString("x") * 3)

data = {"name": "service", "replicas": 3, "ports": [80, 443, 8080], "env": {"A": "1" * 30, "B": ["x", "y"] * 6},
        "nested": {"deep": {"deeper": {"deepest": list(range(12))}}}}
pprint.pprint(data, width=60)
pprint.pprint(data, depth=2, compact=True)
print(pprint.pformat(list(range(30)), width=40, compact=True))
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False), pprint.isreadable(data))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(reprlib.repr(list(range(100))), r.repr(list(range(10))), r.repr("a very long string indeed"))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr("x" * 50))

class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"
t = Tree(1, Tree(2))
t.kids.append(t)
print(t)
