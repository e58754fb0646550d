# What a thread last wrote over, or dropped, is freed once the thread has ended and been joined: nothing of the
# thread's own bookkeeping keeps it (under STM its transaction logs; stm21: a short-lived thread's descriptor
# kept its last logs when the next thread took its slot). Threads run one after another and side by side.
import gc
import threading
import weakref


class Value:
    def __init__(self, k):
        self.k = k


box = {"slot": Value(-1)}
refs = [weakref.ref(box["slot"])]
local = threading.local()
local_refs = []
lock = threading.Lock()


def replace(k):
    # the old value is written over here: the thread's last transactions saw it
    old = box["slot"]
    new = Value(k)
    box["slot"] = new
    # a reference to this thread's own value (reading box["slot"] again would race with the other threads: two
    # could list the same last value, and the check below would see one value fewer)
    with lock:
        refs.append(weakref.ref(new))
    del new
    local.v = Value(("local", k))
    local_refs.append(weakref.ref(local.v))
    del old


for k in range(6):
    t = threading.Thread(target=replace, args=(k,))
    t.start()
    t.join()
gc.collect()
print("one after another, old values freed:", [r() is None for r in refs[:-1]])
print("current value kept:", refs[-1]().k)
print("thread-local values freed:", [r() is None for r in local_refs])

refs[:] = [weakref.ref(box["slot"])]
local_refs.clear()
threads = [threading.Thread(target=replace, args=(k,)) for k in range(10, 14)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("side by side, old values freed:", [r() is None for r in refs if r() is not box["slot"]])
print("thread-local values freed:", [r() is None for r in local_refs])
