# Two threads change the key layout of one class's dict (adding and deleting their own class attributes, which
# also compacts the dict) while they read other attributes of the class through warm inline caches. In STM mode
# the threads' transactions conflict and abort (and, with -Dstmj.chaos, abort at random): a cache entry filled by
# an aborted transaction must never point a later read at the wrong dict position. Every read is checked.
import threading


class K:
    fixed = "F"

    def m(self):
        return "M"


class Sub(K):
    pass


def worker(tid, n, bad):
    obj = Sub()
    obj.own = tid
    mine = ["t%d_%d" % (tid, j) for j in range(6)]
    for i in range(n):
        setattr(K, mine[i % 6], i)
        if i % 3 == 0:
            try:
                delattr(K, mine[(i + 2) % 6])
            except AttributeError:
                pass
        if obj.fixed != "F" or obj.m() != "M" or obj.own != tid or K.fixed != "F":
            bad.append((tid, i))
        v = getattr(K, mine[i % 6])
        if v != i:
            bad.append((tid, i, v))


bad = []
ts = [threading.Thread(target=worker, args=(t, 3000, bad)) for t in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("wrong reads:", len(bad), bad[:3])
print("fixed still:", K.fixed, Sub().m())
