"""A seeded simulation that must replay exactly as CPython: random.seed with int/str/bytes, random/uniform/
randint/randrange/choice/choices (weights, cum_weights, k)/sample (counts)/shuffle/gauss/normalvariate/
lognormvariate/expovariate/triangular/betavariate/gammavariate/paretovariate/weibullvariate/vonmisesvariate,
getrandbits, randbytes, getstate/setstate, independent Random instances, and the errors of bad arguments."""
import random

random.seed(12345)
print(random.random(), random.uniform(1, 10), random.randint(1, 6), random.randrange(0, 100, 7))
print([random.randint(1, 6) for _ in range(20)])
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(1000), 4))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=12))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=8), random.choices("ab", k=3))
print(random.sample(["x", "y", "z"], k=6, counts=[1, 2, 3]))
print([round(random.gauss(100, 15), 6) for _ in range(5)])
print([round(random.normalvariate(0, 1), 9) for _ in range(3)], round(random.lognormvariate(0, 0.5), 9))
print(round(random.expovariate(1.5), 9), round(random.triangular(0, 10, 3), 9), round(random.betavariate(2, 5), 9))
print(round(random.gammavariate(0.5, 2), 9), round(random.gammavariate(1, 2), 9), round(random.gammavariate(3, 1), 9))
print(round(random.paretovariate(3), 9), round(random.weibullvariate(1, 1.5), 9), round(random.vonmisesvariate(1, 4), 9))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100), random.randbytes(6).hex())
print(random.randrange(10**30), random.randint(-10**20, 10**20), random.randrange(5, 100, 5), random.randrange(50, 0, -3))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], len(state), state[0], len(state[1]))
for seed in ["hello", b"hello", 3.5, -7, 2**100, None.__class__.__name__]:
    random.seed(seed)
    print(repr(seed), random.random())
random.seed("hello", version=1)
print(random.random())
r1, r2 = random.Random(7), random.Random(7)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.choice("abcdef"), r1.sample(range(10), 3))
sys_r = random.SystemRandom()
print(0 <= sys_r.random() < 1, isinstance(sys_r.getrandbits(8), int))


class Dice(random.Random):
    def roll(self, n=2):
        return sum(self.randint(1, 6) for _ in range(n))


d = Dice(2026)
rolls = [d.roll() for _ in range(1000)]
print(rolls[:15], sum(rolls), max(rolls), min(rolls), sorted(set(rolls)) == list(range(2, 13)))
for bad in [lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randrange(0),
            lambda: random.randint(5, 1), lambda: random.choices([1, 2], weights=[1], k=1),
            lambda: random.randrange(1, 10, 0), lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1),
            lambda: random.randrange(2.5), lambda: random.choices([1], weights=[0])]:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
random.seed(99)
walk = [0]
for _ in range(200):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk[-1], max(walk), min(walk), sum(1 for a, b in zip(walk, walk[1:]) if a < 0 <= b))
pts = [(random.random(), random.random()) for _ in range(5000)]
print(4 * sum(1 for x, y in pts if x * x + y * y <= 1) / len(pts))
