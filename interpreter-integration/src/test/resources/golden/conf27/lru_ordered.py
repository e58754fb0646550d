# an LRU cache and a recent-files list on OrderedDict, printing its views and iterators as a user debugs them
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
            print("evicted", oldest)


lru = LRU(3)
for k in "abcd":
    lru[k] = ord(k)
lru["b"]
lru["e"] = 5
print(lru)
print(lru.keys(), lru.values(), lru.items())
print(list(reversed(lru)), list(reversed(lru.items())))
it = iter(lru)
print(type(it).__name__, next(it), type(lru.keys()).__name__, type(reversed(lru.values())).__name__)
recent = OrderedDict.fromkeys(["x.txt", "y.txt", "z.txt"])
recent.move_to_end("x.txt")
recent.move_to_end("z.txt", last=False)
print(list(recent), recent.popitem(), recent.popitem(last=False), recent)
od = OrderedDict(one=1, two=2)
print(od == OrderedDict(two=2, one=1), od == dict(two=2, one=1), od.keys() == {"one", "two"})
print(repr(OrderedDict().items()), str(od.values()), f"{od.keys()}")
print(sorted(od.items(), key=lambda kv: -kv[1]), dict(reversed(od.items())))
try:
    for k in od:
        od["three"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(od.items()))
it = iter(od.values())
print(next(it), type(it).__name__, [v for v in it])
