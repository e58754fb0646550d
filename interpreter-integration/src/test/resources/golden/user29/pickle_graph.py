"""Snapshot an object graph with pickle and copy: cycles, shared refs, __reduce__, __getstate__, copyreg."""
import copy
import copyreg
import io
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []

    def link(self, other):
        self.edges.append(other)
        return self

    def __repr__(self):
        return f"Node({self.name}->{[e.name for e in self.edges]})"


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self._cache = {"expensive": True}
        self.log = open  # not picklable as state

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"], state["log"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}
        self.log = None

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, cache={self._cache}, log={self.log})"


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Temperature:
    def __init__(self, c):
        self.c = c


copyreg.pickle(Temperature, lambda t: (Temperature, (t.c * 1.0,)))

a, b, c = Node("a"), Node("b"), Node("c")
a.link(b).link(c)
b.link(c)
c.link(a)
graph = {"root": a, "all": [a, b, c], "shared": (c, c)}
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    data = pickle.dumps(graph, protocol=proto)
    g = pickle.loads(data)
    r = g["root"]
    print(proto, r, r.edges[1] is g["all"][2], g["shared"][0] is g["shared"][1], r.edges[0].edges[0].edges[0] is r)
acct = Account("ann", 100)
clone = pickle.loads(pickle.dumps(acct))
print(clone, vars(clone).keys() == vars(acct).keys())
pts = [Point(1, 2), Point(3, 4)]
print(pickle.loads(pickle.dumps(pts)), pickle.loads(pickle.dumps(Temperature(21))).c)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=4)
for obj in (1, "two", [3.0], {"four": (4,)}, None, b"\x05", frozenset({6})):
    p.dump(obj)
buf.seek(0)
u = pickle.Unpickler(buf)
out = []
while True:
    try:
        out.append(u.load())
    except EOFError:
        break
print(out)
deep = copy.deepcopy(graph)
print(deep["root"], deep["root"] is not a, deep["all"][0] is deep["root"])
shallow = copy.copy(graph)
print(shallow["all"] is graph["all"], copy.copy(pts[0]) == pts[0], copy.deepcopy(acct))
memo = {}
x = [1, [2]]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], len(memo) > 0)


class Weird:
    def __deepcopy__(self, memo):
        print("custom deepcopy called")
        return "replaced"

    def __copy__(self):
        return "shallow-replaced"


print(copy.deepcopy([Weird()]), copy.copy(Weird()))
for bad in (lambda: 1, (x for x in ()), io.StringIO()):
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
for blob in (b"", b"\x80\x05garbage", b"not a pickle"):
    try:
        pickle.loads(blob)
    except Exception as e:
        print(type(e).__name__, e)
print(pickle.loads(pickle.dumps(range(2, 10, 3))), pickle.loads(pickle.dumps(slice(1, None))), pickle.dumps(None, 0))
