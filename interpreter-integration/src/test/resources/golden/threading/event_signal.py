import threading
ready = threading.Event()
go = threading.Event()
log = []
def waiter(i):
    ready.wait()
    log.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
print("set before:", ready.is_set())
ready.set()
for t in ts: t.join()
print("set after:", ready.is_set(), sorted(log))
print(go.wait(0.01), go.is_set())
ready.clear()
print(ready.is_set())
