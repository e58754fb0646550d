# contextvars across threads: a new thread starts from an empty context (defaults), copy_context().run carries
# values into a pool task, set/reset in a thread stays there.
import threading, contextvars
from concurrent.futures import ThreadPoolExecutor

request = contextvars.ContextVar("request", default="none")
depth = contextvars.ContextVar("depth")
request.set("main-req")
seen = []


def show(tag):
    seen.append((tag, request.get(), depth.get("unset")))


t = threading.Thread(target=show, args=("thread",))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(show, "copied"))
t.start()
t.join()


def in_thread():
    tok = request.set("thread-req")
    depth.set(1)
    show("set in thread")
    request.reset(tok)
    show("reset in thread")


t = threading.Thread(target=in_thread)
t.start()
t.join()
show("main after")
for s in seen:
    print(s)

with ThreadPoolExecutor(2) as ex:
    plain = ex.submit(request.get).result()
    carried = ex.submit(contextvars.copy_context().run, request.get).result()
print("pool plain:", plain, "carried:", carried)

var = contextvars.ContextVar("v", default=0)
results = {}


def worker(k):
    for i in range(100):
        var.set(var.get() + k)
    results[k] = var.get()


ts = [threading.Thread(target=worker, args=(k,)) for k in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("per-thread values:", sorted(results.items()), "main:", var.get())
