# __del__ under threads: objects made and dropped by several threads are all finalised, exactly once
import gc
import threading

lock = threading.Lock()
count = [0]
ids = set()


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        with lock:
            count[0] += 1
            ids.add(self.tag)


def work(t):
    keep = []
    for i in range(300):
        x = Tracked((t, i))
        if i % 3 == 0:
            keep.append(x)
    keep.clear()


threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(20):
    gc.collect()
    if count[0] == 1200:
        break
print(count[0], len(ids))
