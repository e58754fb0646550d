import collections, time
words = ("w%d" % (i % 997) for i in range(10))
c = collections.Counter("abracadabra")
print(c.most_common(3), sorted(c.items()))
c.update(["a", "z"]); c.update("zz"); print(c["z"], c["a"], c["missing"])
class MyC(collections.Counter):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10 if k == "x" else v)
print(sorted(MyC("xxy").items()))
class G(dict):
    def get(self, k, d=None): return 100
print(collections._count_elements)
m = G(); collections._count_elements(m, "ab"); print(sorted(m.items()))
try:
    collections.Counter([[1]])
except TypeError as e:
    print(e)
c = collections.Counter([1, 1.0, True, 2])
print(c)
