"""Game of life on a torus, rows split between worker threads that meet at a Barrier each generation;
per-generation population gathered under `with atomic:`."""
import threading

try:
    atomic
except NameError:
    atomic = threading.RLock()

W, H, GENS, NT = 24, 16, 12, 4
grid = [[0] * W for _ in range(H)]
for (r, c) in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3), (8, 8), (8, 9), (8, 10), (12, 4), (12, 5), (13, 4), (13, 5)]:
    grid[r][c] = 1
nxt = [[0] * W for _ in range(H)]
pops = [0] * GENS
state = {'cur': grid, 'nxt': nxt}


def swap():
    state['cur'], state['nxt'] = state['nxt'], state['cur']


barrier = threading.Barrier(NT, action=swap)


def rows_worker(k):
    for g in range(GENS):
        cur, out = state['cur'], state['nxt']
        count = 0
        for r in range(k, H, NT):
            for c in range(W):
                n = sum(cur[(r + dr) % H][(c + dc) % W] for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                        if dr or dc)
                alive = 1 if n == 3 or (n == 2 and cur[r][c]) else 0
                out[r][c] = alive
                count += alive
        with atomic:
            pops[g] += count
        barrier.wait()


ts = [threading.Thread(target=rows_worker, args=(k,)) for k in range(NT)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('populations', pops)
for row in state['cur']:
    print(''.join('#' if v else '.' for v in row))
