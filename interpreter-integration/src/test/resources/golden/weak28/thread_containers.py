# WeakValueDictionary, WeakKeyDictionary and WeakSet filled and emptied by several threads at once
import gc
import threading
import weakref


class Item:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return "Item(%r)" % self.key


values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
keep = {}
barrier = threading.Barrier(4)


def worker(tid):
    held = []
    barrier.wait()
    for i in range(60):
        it = Item("%d.%02d" % (tid, i))
        values[it.key] = it
        keys[it] = i
        members.add(it)
        if i % 3 == 0:
            held.append(it)
        if i % 5 == 4:
            # drop a kept one again: its entries must go at the next collection
            if held and held[-1].key != it.key:
                dropped = held.pop()
                del dropped
    keep[tid] = held


threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
del t
gc.collect()
expected = sorted(it.key for held in keep.values() for it in held)
print("kept:", len(expected), expected[:5], expected[-3:])
print("values:", sorted(values.keys()) == expected, len(values))
print("keys:", sorted(k.key for k in keys.keys()) == expected, len(keys))
print("members:", sorted(m.key for m in members) == expected, len(members))
print("per-key values:", all(keys[it] == int(it.key.split(".")[1]) for held in keep.values() for it in held))
for tid in (1, 3):
    keep[tid] = []
gc.collect()
print("after dropping threads 1 and 3:", len(values), len(keys), len(members))
print("left:", sorted({k.split(".")[0] for k in values.keys()}))
