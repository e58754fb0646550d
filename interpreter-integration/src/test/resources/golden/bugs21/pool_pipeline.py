"""concurrent.futures pipelines: map, submit with as_completed (results sorted), exceptions from workers,
callbacks, wait(), and a pool used as a context manager."""
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION, ALL_COMPLETED
import functools
import threading


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def checked_sqrt(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return round(x ** 0.5, 4)


with ThreadPoolExecutor(max_workers=4, thread_name_prefix="calc") as ex:
    lens = list(ex.map(collatz_len, range(1, 40)))
    print("collatz:", lens[:12], max(lens), lens.index(max(lens)) + 1)

    futs = {ex.submit(checked_sqrt, x): x for x in [16, -4, 2, 81, -1, 10]}
    good, bad = {}, {}
    for f in as_completed(futs):
        x = futs[f]
        try:
            good[x] = f.result()
        except ValueError as e:
            bad[x] = str(e)
    print("good:", sorted(good.items()))
    print("bad:", sorted(bad.items()))

    seen = []
    lk = threading.Lock()

    def cb(tag, fut):
        with lk:
            seen.append((tag, fut.result()))

    for i in range(5):
        f = ex.submit(pow, 2, i * 3)
        f.add_done_callback(functools.partial(cb, i))
    # wait for everything submitted so far
ex_done = sorted(seen)
print("callbacks:", ex_done)

with ThreadPoolExecutor(2) as ex:
    fs = [ex.submit(checked_sqrt, v) for v in (1, 4, -9)]
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    excs = [type(f.exception()).__name__ if f.exception() else None for f in fs]
    print(excs)
    try:
        list(ex.map(checked_sqrt, [9, -2, 3]))
    except ValueError as e:
        print("map raised:", e)
    chunks = list(ex.map(sum, [range(i) for i in range(6)]))
    print(chunks)

ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, "never")
except RuntimeError as e:
    print("after shutdown:", e)
f = ThreadPoolExecutor(1).submit(lambda: 1 / 0)
try:
    f.result()
except ZeroDivisionError as e:
    print("zero:", e, f.done(), f.cancelled())
