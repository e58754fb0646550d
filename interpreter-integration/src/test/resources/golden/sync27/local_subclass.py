# threading.local subclasses: __init__ runs once per thread with the constructor's arguments, attributes stay
# per thread, methods and class attributes are shared, __slots__ are rejected? (no: allowed on the class).
import threading


class Ctx(threading.local):
    created = 0
    shared = "class-level"

    def __init__(self, base, tag="t"):
        self.base = base
        self.tag = tag
        self.items = []
        type(self).created += 1

    def add(self, x):
        self.items.append(x + self.base)
        return len(self.items)


ctx = Ctx(100, tag="main")
ctx.add(1)
results = {}
lock = threading.Lock()


def work(k):
    before = (ctx.base, ctx.tag, list(ctx.items))
    for i in range(k):
        ctx.add(i)
    ctx.tag = "thread-%d" % k
    with lock:
        results[k] = (before, ctx.tag, list(ctx.items), ctx.shared)


ts = [threading.Thread(target=work, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still:", ctx.base, ctx.tag, ctx.items)
print("__init__ ran:", Ctx.created)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Plain(threading.local):
    pass


p = Plain()
p.x = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(p, "x")))
t.start()
t.join()
print("plain local in other thread has x:", seen, "main:", p.x)


class WithDefaults(threading.local):
    def __init__(self, **kw):
        self.__dict__.update(kw)


wd = WithDefaults(color="red", size=3)
out = []


def change():
    out.append((wd.color, wd.size))
    wd.color = "blue"
    out.append(wd.color)


t = threading.Thread(target=change)
t.start()
t.join()
print(out, wd.color)
del ctx.items
print("deleted in main:", hasattr(ctx, "items"))
