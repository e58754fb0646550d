"""A discrete-event simulation of a coffee shop: generator-based processes (send/throw/close, yield from),
heapq event queue with dataclass(order=True), a seeded random.Random, and summary statistics."""
import heapq
import itertools
import random
import statistics
from dataclasses import dataclass, field
from collections import deque, Counter


class Interrupt(Exception):
    pass


@dataclass(order=True)
class Event:
    time: float
    seq: int
    proc: object = field(compare=False)
    value: object = field(default=None, compare=False)


class Sim:
    def __init__(self, seed):
        self.now = 0.0
        self.queue = []
        self.seq = itertools.count()
        self.rng = random.Random(seed)
        self.log = []

    def spawn(self, gen, delay=0.0):
        heapq.heappush(self.queue, Event(self.now + delay, next(self.seq), gen))

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            try:
                cmd = ev.proc.send(ev.value)
            except StopIteration as stop:
                if stop.value is not None:
                    self.log.append((round(self.now, 3), "done", stop.value))
                continue
            kind, arg = cmd
            if kind == "wait":
                heapq.heappush(self.queue, Event(self.now + arg, next(self.seq), ev.proc, self.now))
            elif kind == "spawn":
                self.spawn(arg)
                heapq.heappush(self.queue, Event(self.now, next(self.seq), ev.proc))


class Counter_:
    def __init__(self, sim, baristas):
        self.sim, self.free, self.waiting = sim, baristas, deque()

    def acquire(self, who):
        while self.free == 0:
            self.waiting.append(who)
            yield ("wait", 0.5)
            if who in self.waiting:
                self.waiting.remove(who)
        self.free -= 1

    def release(self):
        self.free += 1


def customer(sim, shop, cid, stats):
    arrived = sim.now
    yield from shop.acquire(cid)
    waited = sim.now - arrived
    service = sim.rng.choice([1.0, 1.5, 2.0, 3.0])
    yield ("wait", service)
    shop.release()
    stats["wait"].append(round(waited, 3))
    stats["kinds"][service] += 1
    return f"c{cid}"


def arrivals(sim, shop, stats, n):
    for cid in range(n):
        sim.spawn(customer(sim, shop, cid, stats))
        yield ("wait", round(sim.rng.expovariate(1.2), 3))
    return "arrivals over"


def ticker():
    count = 0
    try:
        while True:
            got = yield ("wait", 5.0)
            count += 1
    except GeneratorExit:
        print("ticker closed after", count, "ticks")
        raise


sim = Sim(seed=7)
shop = Counter_(sim, baristas=2)
stats = {"wait": [], "kinds": Counter()}
sim.spawn(arrivals(sim, shop, stats, 25))
tk = ticker()
sim.spawn(tk)
sim.run(until=40)
print("time", round(sim.now, 3), "served", len(stats["wait"]), "queue", len(sim.queue))
print("waits", stats["wait"][:8])
print("mean wait", round(statistics.mean(stats["wait"]), 4), "max", max(stats["wait"]), sorted(stats["kinds"].items()))
print(sim.log[:3], sim.log[-1])
tk.close()
print(tk.gi_frame is None, sim.queue[0] < sim.queue[-1] if len(sim.queue) > 1 else None)


def averager():
    total, n, avg = 0.0, 0, None
    while True:
        try:
            x = yield avg
        except Interrupt:
            total, n, avg = 0.0, 0, None
            continue
        if x is None:
            return (n, avg)
        total += x
        n += 1
        avg = total / n


def delegator(results):
    while True:
        results.append((yield from averager()))


res = []
d = delegator(res)
next(d)
for v in (10, 20, 30, None, 5, 7):
    out = d.send(v)
print(res, out, d.throw(Interrupt), d.send(9))
g = (x * x for x in range(5))
print(next(g), list(g), next(g, "exhausted"))


def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


gf = gen_with_finally()
print(next(gf))
gf.close()
print(list(itertools.islice(itertools.accumulate(itertools.count(1), lambda a, b: a * b), 8)))
