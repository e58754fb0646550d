"""A staged simulation: threads meet at a Barrier after each phase, the barrier's action runs once per phase,
an Event starts them all, a Semaphore bounds a shared resource, a Condition hands results back."""
import threading

N = 4
grid = [[(r * 7 + c * 3) % 10 for c in range(8)] for r in range(N)]
phase_log = []
sem = threading.BoundedSemaphore(2)
inside = [0]
max_inside = [0]
count_lock = threading.Lock()


def on_phase():
    phase_log.append(sum(sum(row) for row in grid))


barrier = threading.Barrier(N, action=on_phase)
go = threading.Event()
cond = threading.Condition()
ready = []


def smooth(r):
    go.wait()
    for phase in range(3):
        row = grid[r]
        new = [(row[max(c - 1, 0)] + row[c] + row[min(c + 1, 7)]) // 3 for c in range(8)]
        barrier.wait()
        grid[r] = new
        barrier.wait()
        with sem:
            with count_lock:
                inside[0] += 1
                max_inside[0] = max(max_inside[0], inside[0])
            with count_lock:
                inside[0] -= 1
    with cond:
        ready.append(r)
        cond.notify_all()


threads = [threading.Thread(target=smooth, args=(r,)) for r in range(N)]
for t in threads:
    t.start()
print("event set before:", go.is_set())
go.set()
with cond:
    ok = cond.wait_for(lambda: len(ready) == N, timeout=30)
for t in threads:
    t.join()
print("all ready:", ok, sorted(ready))
print("phases:", phase_log)
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print("sem bound respected:", max_inside[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("bounded:", e)
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("broken:", b.broken)
b.reset()
print("after reset:", b.broken, b.parties, b.n_waiting)
