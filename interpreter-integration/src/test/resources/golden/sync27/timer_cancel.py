# threading.Timer: cancel before it fires, a timer firing with args/kwargs, finished flag, cancel after firing.
import threading

fired = []
t1 = threading.Timer(30.0, fired.append, args=("never",))
t1.start()
t1.cancel()
t1.join()
print("cancelled:", fired, t1.finished.is_set(), t1.is_alive())

done = threading.Event()


def cb(a, b, c=None):
    fired.append((a, b, c))
    done.set()


t2 = threading.Timer(0.01, cb, args=(1, 2), kwargs={"c": 3})
t2.start()
print("fired wait:", done.wait(10))
t2.join()
print("fired:", fired, t2.finished.is_set())
t2.cancel()
print("cancel after firing is harmless:", fired)

# many timers, half cancelled
hits = []
lock = threading.Lock()


def hit(i):
    with lock:
        hits.append(i)


timers = [threading.Timer(0.02 if i % 2 else 30.0, hit, args=(i,)) for i in range(10)]
for t in timers:
    t.start()
for i, t in enumerate(timers):
    if i % 2 == 0:
        t.cancel()
for t in timers:
    t.join()
print("hits:", sorted(hits))


class Repeat(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
            if len(ticks) >= 3:
                self.finished.set()


ticks = []
r = Repeat(0.001, ticks.append, args=("tick",))
r.start()
r.join()
print("repeat:", ticks[:3], len(ticks) >= 3)
print("timer name starts with Thread-:", t1.name.startswith("Thread-"))
