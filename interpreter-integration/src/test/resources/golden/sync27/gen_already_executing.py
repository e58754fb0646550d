# A generator running in one thread is entered from another: ValueError "generator already executing"; after it
# yields the other thread may resume it; close() from another thread while it runs also raises.
import threading

inside = threading.Event()
tried = threading.Event()


def gen():
    inside.set()
    tried.wait()
    yield 1
    yield 2


g = gen()
errs = []


def intruder():
    inside.wait()
    try:
        next(g)
    except ValueError as e:
        errs.append(str(e))
    try:
        g.close()
    except ValueError as e:
        errs.append("close: %s" % e)
    try:
        g.send(None)
    except ValueError as e:
        errs.append("send: %s" % e)
    tried.set()


t = threading.Thread(target=intruder)
t.start()
first = next(g)
t.join()
print("first:", first, errs)
res = []
t = threading.Thread(target=lambda: res.append(next(g)))
t.start()
t.join()
print("resumed in other thread:", res, list(g))


def counter():
    n = 0
    while True:
        n += 1
        yield n


lock = threading.Lock()
c = counter()
vals = []


def use():
    for _ in range(300):
        with lock:
            vals.append(next(c))


ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("locked shared generator:", sorted(vals) == list(range(1, 901)))
