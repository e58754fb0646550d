"""The collections module in a small warehouse report: Counter arithmetic, ChainMap scopes, OrderedDict as an
LRU, deque with maxlen and rotate, defaultdict factories, namedtuple helpers, UserDict/UserList."""
from collections import Counter, ChainMap, OrderedDict, deque, defaultdict, namedtuple, UserDict, UserList

stock = Counter(apple=5, pear=2, fig=0)
sold = Counter({"apple": 3, "pear": 4, "kiwi": 1})
print(stock + sold, stock - sold, stock | sold, stock & sold, sep="\n")
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
print(sorted(stock.elements()), stock.most_common(2), sold.total())
stock.update("apple apple kiwi".split())
stock.subtract({"pear": 5})
print(sorted(stock.items()), stock["missing"])
print(Counter("mississippi").most_common(), Counter(a=1) == Counter(a=1, b=0))

defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap({}, user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cm.maps[0], cm.parents["color"], dict(cm.new_child({"x": 1})))
del cm["color"]
try:
    del cm["size"]
except KeyError as e:
    print("KeyError:", e)

class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def get(self, k):
        if k in self:
            self.move_to_end(k)
            return self[k]
        return None

    def put(self, k, v):
        self[k] = v
        self.move_to_end(k)
        if len(self) > self.cap:
            print("evict", self.popitem(last=False))

lru = LRU(3)
for k in "abcadeb":
    if lru.get(k) is None:
        lru.put(k, k.upper())
print(list(lru.items()))
lru.move_to_end("e", last=False)
print(list(lru), repr(lru), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))

window = deque(maxlen=4)
for i in range(7):
    window.append(i)
print(window, window.maxlen)
window.rotate(1)
print(window)
window.rotate(-2)
print(window, window.index(5), window.count(3))
window.extendleft([100, 101])
print(window, window[-1], list(reversed(window)))
d = deque("abc")
d.insert(1, "z")
d.remove("c")
print(d, d.popleft(), d.pop(), d)
try:
    deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)

tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print({k: dict(v) for k, v in t.items()}["a"].keys())
groups = defaultdict(list)
for w in "one two three four five six".split():
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory.__name__)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(sorted(counts.items()), repr(defaultdict(set)))

Item = namedtuple("Item", "sku name qty price", defaults=[0, 1.0])
it = Item("s1", "bolt")
print(it, it._asdict(), it._replace(qty=9), Item._fields, Item._field_defaults)
print(Item._make(["s2", "nut", 3, 0.5]), it.qty * it.price, Item("a", "b") < Item("a", "c"))
try:
    it._replace(color=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
P = namedtuple("P", "x def", rename=True)
print(P._fields, P(1, 2))

class Config(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

c = Config({"A": 1})
c["B"] = 2
c.update(C=3)
print(c, c.data, "a" in c, c.get("z", 0))
ul = UserList([3, 1, 2])
ul.sort()
print(ul, ul + [4], type(ul[:2]).__name__, ul * 2)
