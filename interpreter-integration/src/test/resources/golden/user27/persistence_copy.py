"""Saving and cloning domain objects: pickle protocols, __reduce__, __getstate__/__setstate__, copy, shelve-like store."""
import copy
import copyreg
import io
import pickle
import pickletools


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self._cache = {"tmp": object()}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {}

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance}, history={self.history})"


class Money:
    __slots__ = ("cents", "cur")

    def __init__(self, cents, cur):
        self.cents, self.cur = cents, cur

    def __reduce__(self):
        return (Money, (self.cents, self.cur))

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

    def __eq__(self, o):
        return (self.cents, self.cur) == (o.cents, o.cur)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __deepcopy__(self, memo):
        print("  deepcopy Node", self.name)
        new = Node(self.name + "'")
        memo[id(self)] = new
        new.children = copy.deepcopy(self.children, memo)
        new.parent = copy.deepcopy(self.parent, memo)
        return new


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)

acc = Account("ann", 100)
acc.history.append(("deposit", Money(500, "EUR")))
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(acc, protocol=proto)
    back = pickle.loads(data)
    print(proto, back, back._cache, type(data).__name__)
m = Money(1999, "USD")
print(pickle.loads(pickle.dumps(m)) == m, pickle.loads(pickle.dumps([m, m]))[1])
shared = [1, 2]
pair = pickle.loads(pickle.dumps((shared, shared)))
print(pair[0] is pair[1], pickle.loads(pickle.dumps(Point(1, 2))).x)
buf = io.BytesIO()
p = pickle.Pickler(buf, protocol=2)
p.dump({"a": (1, 2.5, None, True, "s", b"b", frozenset({3}))})
buf.seek(0)
print(pickle.Unpickler(buf).load())
print(pickle.dumps(None, 0), pickle.dumps(True, 2), pickle.dumps(1, 4)[-3:])
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.loads(b"garbage"), lambda: pickle.dumps((x for x in []))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
ops = [op.name for op, arg, pos in pickletools.genops(pickle.dumps([1, "a"], 2))]
print(ops)

root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
dup = copy.deepcopy(root)
print(dup.name, dup.children[0].name, dup.children[0].parent is dup, dup.children[0].children[0].parent.name)
shallow = copy.copy(acc)
shallow.history.append("shared")
print(acc.history[-1], shallow.owner is acc.owner, copy.deepcopy(acc).history is acc.history)
nested = {"a": [1, [2, 3]], "t": (1, [4])}
dc = copy.deepcopy(nested)
dc["a"][1].append(99)
print(nested, dc, copy.copy((1, 2)) is not None, copy.deepcopy((1, 2)))
lst = [1]
lst.append(lst)
print(copy.deepcopy(lst)[1][1][0], repr(lst))


class Cfg:
    def __init__(self):
        self.opts = {"x": 1}

    def __copy__(self):
        print("  custom copy")
        c = Cfg()
        c.opts = self.opts
        return c


c2 = copy.copy(Cfg())
print(c2.opts, copy.replace if hasattr(copy, "replace") else "no copy.replace")
try:
    copy.deepcopy(iter([1]))
except TypeError as e:
    print("TypeError:", e)
