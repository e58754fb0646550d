# Dining philosophers with ordered lock acquisition (no deadlock), plus a variant with acquire(timeout) and
# back-off; every philosopher eats the expected number of times.
import threading

N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N


def philosopher(i):
    a, b = sorted((i, (i + 1) % N))
    for _ in range(100):
        with forks[a]:
            with forks[b]:
                meals[i] += 1


ts = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("ordered meals:", meals, "forks locked:", [f.locked() for f in forks])

meals2 = [0] * N
backoffs = [0] * N


def polite(i):
    left, right = forks[i], forks[(i + 1) % N]
    while meals2[i] < 50:
        with left:
            if right.acquire(timeout=0.001):
                try:
                    meals2[i] += 1
                finally:
                    right.release()
            else:
                backoffs[i] += 1


ts = [threading.Thread(target=polite, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("polite meals:", meals2, "forks locked:", [f.locked() for f in forks])
lk = threading.Lock()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print("acquire/locked:", lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(timeout=0.001))
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
