"""concurrent.futures: a ThreadPoolExecutor with map, submit/as_completed (results sorted), exceptions from
futures, callbacks, and wait()."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import threading


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def risky(n):
    if n % 7 == 0:
        raise ValueError('bad %d' % n)
    return n * n


done_calls = []
lock = threading.Lock()


def on_done(fut):
    with lock:
        done_calls.append(fut.exception() is None)


with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(collatz, range(1, 20))))
    futs = {ex.submit(risky, n): n for n in range(1, 16)}
    for f in futs:
        f.add_done_callback(on_done)
    ok, bad = [], []
    for f in as_completed(futs):
        n = futs[f]
        try:
            ok.append((n, f.result()))
        except ValueError as e:
            bad.append((n, str(e)))
    print(sorted(ok))
    print(sorted(bad))
    fs = [ex.submit(sum, range(k)) for k in range(5)]
    d, nd = wait(fs, return_when=ALL_COMPLETED)
    print(len(d), len(nd), sorted(f.result() for f in d))
    f = ex.submit(risky, 14)
    d, nd = wait([f], return_when=FIRST_EXCEPTION)
    print(type(f.exception()).__name__, f.exception())
print(sorted(done_calls), len(done_calls))
try:
    ex.submit(collatz, 3)
except RuntimeError as e:
    print('after shutdown:', e)
