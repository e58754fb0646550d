"""A bank-branch queue simulation with random.seed, heapq events and statistics."""
import heapq
import random
import statistics
from dataclasses import dataclass, field
from itertools import count

random.seed(2024)


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    customer: int = field(compare=False)


class Branch:
    def __init__(self, tellers, arrival_rate, service_mean):
        self.free = tellers
        self.arrival_rate = arrival_rate
        self.service_mean = service_mean
        self.events = []
        self.seq = count()
        self.waiting = []
        self.arrived = {}
        self.waits = []
        self.served = 0
        self.max_queue = 0

    def schedule(self, t, kind, cust):
        heapq.heappush(self.events, Event(t, next(self.seq), kind, cust))

    def run(self, until):
        self.schedule(random.expovariate(self.arrival_rate), "arrive", 0)
        next_id = 1
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            if ev.kind == "arrive":
                self.arrived[ev.customer] = ev.time
                self.waiting.append(ev.customer)
                self.max_queue = max(self.max_queue, len(self.waiting))
                self.schedule(ev.time + random.expovariate(self.arrival_rate), "arrive", next_id)
                next_id += 1
            else:
                self.free += 1
                self.served += 1
            while self.free and self.waiting:
                c = self.waiting.pop(0)
                self.free -= 1
                self.waits.append(ev.time - self.arrived[c])
                service = max(0.5, random.gauss(self.service_mean, self.service_mean / 3))
                self.schedule(ev.time + service, "depart", c)
        return self


for tellers in (1, 2, 3):
    random.seed(7)
    b = Branch(tellers, arrival_rate=0.5, service_mean=3.0).run(until=480)
    w = b.waits
    q = statistics.quantiles(w, n=4)
    print(f"tellers={tellers} served={b.served:4d} max_queue={b.max_queue:3d} "
          f"mean_wait={statistics.mean(w):7.2f} median={statistics.median(w):7.2f} "
          f"p75={q[2]:7.2f} stdev={statistics.stdev(w):7.2f}")

random.seed(99)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5), random.uniform(1, 2))
print(random.choice("ABCDE"), random.choices(range(10), weights=range(10), k=5), random.sample(range(50), 4))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(round(random.triangular(0, 10, 2), 6), round(random.betavariate(2, 3), 6), random.getrandbits(40))
print(round(random.lognormvariate(0, 1), 6), round(random.vonmisesvariate(1, 2), 6), round(random.paretovariate(3), 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
rng = random.Random("seed-string")
print(rng.randint(0, 10**12), rng.random(), random.Random(5).sample(["x", "y", "z"], k=3))
print(random.Random(3).randbytes(6).hex(), round(random.Random(1).normalvariate(10, 2), 10))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
data = [random.Random(i).gauss(50, 10) for i in range(200)]
print(f"{statistics.fmean(data):.4f} {statistics.pstdev(data):.4f} {statistics.variance(data):.3f}")
print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.median_low([1, 3, 5, 7]))
print(statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([2, 3]), statistics.median_grouped([1, 2, 2, 3]))
