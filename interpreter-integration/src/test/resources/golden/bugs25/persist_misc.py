import pickle, copy, tomllib, graphlib, io, shelve, os, operator, functools, weakref
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, namedtuple
@dataclass
class Task:
    name: str
    deps: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
P = namedtuple("P", "x y")
class Tag(str):
    def __repr__(self): return f"Tag({str.__repr__(self)})"
data = {"tasks": [Task("build", ["fetch"]), Task("fetch"), Task("test", ["build"], {"retries": 2})],
        "od": OrderedDict(b=1, a=2), "dd": defaultdict(list, {"k": [1]}), "p": P(1, 2), "s": frozenset({1, 2}),
        "t": Tag("v1"), "b": b"\x00\xff", "c": 3 + 4j, "big": 2 ** 100}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, protocol=proto))
    assert back == data, proto
print(back["tasks"][2], back["t"], type(back["t"]).__name__, str(back["t"]), back["dd"].default_factory, back["p"])
shared = [1, 2]
obj = {"a": shared, "b": shared}
r = pickle.loads(pickle.dumps(obj))
print(r["a"] is r["b"], r)
try:
    pickle.dumps(lambda: 1)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
c1 = copy.copy(data); c2 = copy.deepcopy(data)
print(c1["tasks"] is data["tasks"], c2["tasks"] is data["tasks"], c2 == data)
class Node:
    def __init__(self, v): self.v, self.children, self.parent = v, [], None
    def add(self, c): c.parent = self; self.children.append(c); return c
    def __deepcopy__(self, memo):
        n = Node(self.v); memo[id(self)] = n
        for ch in self.children: n.add(copy.deepcopy(ch, memo))
        return n
root = Node(1); root.add(Node(2)).add(Node(3))
r2 = copy.deepcopy(root)
print(r2.children[0].children[0].v, r2.children[0].parent is r2)
toml = """
title = "Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8000, 8001, 8002 ]
enabled = true
temp = { cpu = 79.5, case = 72.0 }
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
"""
cfg = tomllib.loads(toml)
print(cfg["title"], cfg["owner"]["dob"].isoformat(), cfg["database"], [p["name"] for p in cfg["products"]])
try:
    tomllib.loads("a = [1, 2")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError", e)
ts = graphlib.TopologicalSorter({t.name: t.deps for t in data["tasks"]})
print(list(ts.static_order()))
try:
    list(graphlib.TopologicalSorter({"a": ["b"], "b": ["a"]}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
fn = "golden_tmp_shelf"
with shelve.open(fn) as db:
    db["x"] = {"n": 1}; db["y"] = [1, 2]
with shelve.open(fn) as db:
    print(sorted(db.keys()), db["x"])
for f in os.listdir("."):
    if f.startswith(fn): os.remove(f)
print(operator.attrgetter("name", "deps")(data["tasks"][0]), operator.itemgetter(1, 0)("ab"), operator.methodcaller("upper")("q"))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), operator.index(5), operator.concat([1], [2]), operator.length_hint(iter(range(4))))
class Obj: pass
o = Obj(); wr = weakref.ref(o); d = weakref.WeakValueDictionary(); d["o"] = o
print(wr() is o, "o" in d, len(d))
