"""Threads computing in rounds separated by a threading.Barrier with an action, plus an Event to stop and a
Condition to wait for a shared counter."""
import threading

N = 4
ROUNDS = 5
grid = [[i * 10 + j for j in range(N)] for i in range(N)]
log = []


def after_round():
    log.append(sum(map(sum, grid)))


barrier = threading.Barrier(N, action=after_round)
done = threading.Event()
cond = threading.Condition()
finished = 0


def worker(row):
    global finished
    for r in range(ROUNDS):
        vals = grid[row]
        grid[row] = [v + row + r for v in vals]
        idx = barrier.wait()
        assert 0 <= idx < N
    with cond:
        finished += 1
        cond.notify_all()
    done.wait()


threads = [threading.Thread(target=worker, args=(i,), name='w%d' % i) for i in range(N)]
for t in threads:
    t.start()
with cond:
    ok = cond.wait_for(lambda: finished == N, timeout=30)
print('all finished', ok, finished)
done.set()
for t in threads:
    t.join()
print('rounds', log)
print('grid', grid)
print('barrier', barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('broken after timeout', b2.broken)
