# weakref.finalize and callbacks registered from many threads: each runs exactly once when its object dies
import gc
import threading
import weakref


class Res:
    def __init__(self, name):
        self.name = name


log = []
lock = threading.Lock()


def note(what):
    with lock:
        log.append(what)


def worker(tid, objs, fins):
    for i in range(25):
        o = Res("%d-%d" % (tid, i))
        f = weakref.finalize(o, note, "fin " + o.name)
        r = weakref.ref(o, lambda _r, n=o.name: note("cb " + n))
        if i % 5 == 0:
            objs.append(o)
            fins.append((f, r))
        else:
            fins.append((f, r))
        del o, f


results = [([], []) for _ in range(3)]
threads = [threading.Thread(target=worker, args=(t,) + results[t]) for t in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
fins = [e for r in results for e in r[1]]
alive = sorted(f.alive for f, _ in fins)
print("finalizers alive:", alive.count(True), "dead:", alive.count(False))
print("ran:", len(log), len(set(log)) == len(log))
print("kinds:", sorted({x.split()[0] for x in log}))
print("live objects:", sorted(o.name for r in results for o in r[0]))
print("their counts:", [weakref.getweakrefcount(r[0][0]) for r in results])
log.clear()
for r in results:
    r[0].clear()
gc.collect()
print("after the rest died:", len(log), len(set(log)) == len(log), sorted(log)[:3])
print("all dead:", all(not f.alive for f, _ in fins), all(r() is None for _, r in fins))
print("detach of dead:", fins[0][0].detach())
