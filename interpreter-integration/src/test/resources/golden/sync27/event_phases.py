# threading.Event: many waiters released by one set, clear, wait timeouts returning False, is_set.
import threading

go = threading.Event()
done = threading.Event()
arrived = []
lock = threading.Lock()


def runner(i):
    r = go.wait()
    with lock:
        arrived.append((i, r))
        if len(arrived) == 5:
            done.set()


ts = [threading.Thread(target=runner, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
print("before set:", go.is_set(), len(arrived))
go.set()
print("done wait:", done.wait(10))
for t in ts:
    t.join()
print("arrived:", sorted(arrived))
go.clear()
print("after clear:", go.is_set(), go.wait(0.01), go.wait(timeout=0))

# ping-pong with two events
ping, pong = threading.Event(), threading.Event()
trace = []


def player():
    for i in range(5):
        ping.wait()
        ping.clear()
        trace.append("pong%d" % i)
        pong.set()


p = threading.Thread(target=player)
p.start()
for i in range(5):
    trace.append("ping%d" % i)
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(trace)
e = threading.Event()
e.set()
e.set()
print("set twice:", e.is_set(), e.wait(), e.wait(0))
