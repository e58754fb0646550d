"""Supermarket checkout simulation with random.seed."""
import random
import heapq
import statistics
from collections import deque
from dataclasses import dataclass, field

random.seed(20261205)


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    data: object = field(compare=False, default=None)


@dataclass
class Customer:
    cid: int
    arrival: float
    items: int
    start: float = 0.0
    done: float = 0.0


class Simulation:
    def __init__(self, lanes, until):
        self.clock = 0.0
        self.queue = []
        self.seq = 0
        self.lanes = [deque() for _ in range(lanes)]
        self.busy = [False] * lanes
        self.until = until
        self.finished = []

    def schedule(self, delay, kind, data=None):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.clock + delay, self.seq, kind, data))

    def run(self):
        self.schedule(random.expovariate(1 / 1.5), "arrive")
        cid = 0
        while self.queue:
            ev = heapq.heappop(self.queue)
            self.clock = ev.time
            if ev.kind == "arrive":
                if self.clock > self.until:
                    continue
                cid += 1
                c = Customer(cid, self.clock, random.randint(1, 30))
                lane = min(range(len(self.lanes)), key=lambda i: (len(self.lanes[i]) + self.busy[i], i))
                self.lanes[lane].append(c)
                self.try_start(lane)
                self.schedule(random.expovariate(1 / 1.5), "arrive")
            elif ev.kind == "leave":
                lane, c = ev.data
                c.done = self.clock
                self.finished.append(c)
                self.busy[lane] = False
                self.try_start(lane)

    def try_start(self, lane):
        if self.busy[lane] or not self.lanes[lane]:
            return
        c = self.lanes[lane].popleft()
        c.start = self.clock
        self.busy[lane] = True
        service = 0.5 + c.items * random.uniform(0.08, 0.16)
        self.schedule(service, "leave", (lane, c))


for lanes in (2, 3, 4):
    random.seed(lanes * 7)
    sim = Simulation(lanes, until=120)
    sim.run()
    waits = [c.start - c.arrival for c in sim.finished]
    spans = [c.done - c.arrival for c in sim.finished]
    print(f"lanes={lanes} served={len(sim.finished)} end={sim.clock:.3f}")
    print(f"  wait mean={statistics.mean(waits):.4f} max={max(waits):.4f} p90={statistics.quantiles(waits, n=10)[-1]:.4f}")
    print(f"  time in system median={statistics.median(spans):.4f}")
    worst = max(sim.finished, key=lambda c: c.start - c.arrival)
    print(f"  worst: {worst}")

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.choice("abcdef"), random.sample(range(100), 5), round(random.random(), 12))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=8))
print(round(random.gauss(10, 2), 10), round(random.normalvariate(0, 1), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 5), 10))
print(random.getrandbits(40), random.randrange(10, 100, 7))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
rng = random.Random("seed-string")
print(rng.randint(0, 10**12), rng.random())
