"""Persistence round-trips: pickle, copy/deepcopy, weakref caches, __reduce__/__getstate__ customisation."""
import copy
import gc
import io
import pickle
import weakref
from collections import OrderedDict, defaultdict, namedtuple, deque
from dataclasses import dataclass, field
from enum import Enum
from fractions import Fraction
from decimal import Decimal

Point = namedtuple("Point", "x y")


class Color(Enum):
    RED = 1
    BLUE = 2


@dataclass
class Doc:
    title: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)


class Conn:
    """Holds an unpicklable handle; pickles only its address."""
    def __init__(self, host, port):
        self.host, self.port = host, port
        self.handle = lambda: None
        self.opened = 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["handle"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = None
        self.opened += 1

    def __repr__(self):
        return f"Conn({self.host}:{self.port}, opened={self.opened}, handle={self.handle})"


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __reduce__(self):
        return (Temperature, (self.celsius,))

    def __eq__(self, o):
        return isinstance(o, Temperature) and o.celsius == self.celsius

    def __copy__(self):
        print("  __copy__ called")
        return Temperature(self.celsius)

    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0)
        return Temperature(copy.deepcopy(self.celsius, memo))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, o):
        return (self.a, self.b) == (o.a, o.b)


shared = [1, 2]
data = {
    "ints": [0, -1, 2**70, True], "floats": (1.5, float("inf")), "text": "héllo\u2603", "bytes": b"\x00\xff",
    "set": frozenset({3, 1, 2}), "nested": {"a": [shared, shared]}, "pt": Point(1, 2), "color": Color.BLUE,
    "doc": Doc("x", ["t1"], {"k": Fraction(1, 3)}), "dec": Decimal("1.10"), "od": OrderedDict(b=1, a=2),
    "dd": defaultdict(list, {"k": [1]}), "dq": deque([1, 2], maxlen=5), "temp": Temperature(21.5),
    "slot": Slotted(1, [2]), "none": None, "cplx": 1 - 2j, "range": range(1, 10, 3), "ba": bytearray(b"ab"),
}
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    blob = pickle.dumps(data, protocol=proto)
    back = pickle.loads(blob)
    same = all(back[k] == v for k, v in data.items() if k not in ("slot",)) and back["slot"] == data["slot"]
    print(proto, same, back["nested"]["a"][0] is back["nested"]["a"][1], type(back["dd"]).__name__,
          back["dq"].maxlen, back["color"] is Color.BLUE, back["pt"]._fields)
c = pickle.loads(pickle.dumps(Conn("db", 5432)))
print(c)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump([1, 2])
p.dump({"x": Point(3, 4)})
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load())
try:
    pickle.dumps(lambda x: x)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)

print("copy:")
t = Temperature(5)
t2, t3 = copy.copy(t), copy.deepcopy([t, t])
print(t2 == t, t3[0] is t3[1])
d = Doc("orig", [[1, 2]], {"m": shared})
sh, dp = copy.copy(d), copy.deepcopy(d)
d.tags[0].append(3)
print(sh.tags, dp.tags, sh.meta["m"] is shared, dp.meta["m"] is shared, copy.replace if hasattr(copy, "replace") else "")
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, copy.copy(Slotted(1, 2)).b, copy.deepcopy(Point(1, [2])))


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


cache = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
nodes = [Node(i) for i in range(4)]
for n in nodes:
    cache[n.name] = n
    keys[n] = n.name * 10
dead = []
r = weakref.ref(nodes[0], lambda ref: dead.append("collected"))
fin = weakref.finalize(nodes[1], dead.append, "finalized")
del n
nodes = nodes[2:]
gc.collect()
print(sorted(cache.keys()), sorted(keys.values()), r(), sorted(dead), fin.alive)
ws = weakref.WeakSet(nodes)
p = weakref.proxy(nodes[0])
print(len(ws), p.name, nodes[0] in ws)
nodes.clear()
gc.collect()
print(len(ws), len(cache))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
