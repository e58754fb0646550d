"""A hand-made worker pool: threading.local state, a BoundedSemaphore limiting concurrency, RLock-protected
stats, Condition-based job completion, Timer and thread names; results are collected and sorted."""
import threading
import time

local = threading.local()
slots = threading.BoundedSemaphore(2)
stats_lock = threading.RLock()
stats = {'max_inside': 0, 'inside': 0, 'done': 0}
results = []
done_cv = threading.Condition()


def enter():
    with stats_lock:
        with stats_lock:
            stats['inside'] += 1
            stats['max_inside'] = max(stats['max_inside'], stats['inside'])


def leave():
    with stats_lock:
        stats['inside'] -= 1


def job(n):
    local.count = getattr(local, 'count', 0) + 1
    with slots:
        enter()
        try:
            time.sleep(0.001)
            r = sum(i * i for i in range(n))
        finally:
            leave()
    with done_cv:
        results.append((n, r, threading.current_thread().name.startswith('pool-')))
        stats['done'] += 1
        done_cv.notify()
    return local.count


def runner(jobs):
    counts = [job(n) for n in jobs]
    with stats_lock:
        stats.setdefault('per_thread', []).append(counts[-1])


work = [list(range(k, 40, 4)) for k in range(4)]
threads = [threading.Thread(target=runner, args=(w,), name='pool-%d' % i) for i, w in enumerate(work)]
for t in threads:
    t.start()
with done_cv:
    done_cv.wait_for(lambda: stats['done'] == 40, timeout=60)
for t in threads:
    t.join()
print('done', stats['done'], 'max inside <= 2:', stats['max_inside'] <= 2, 'inside now', stats['inside'])
print('per thread', sorted(stats['per_thread']))
print(sorted(results)[:3], len(results), all(flag for _, _, flag in results))
print('main has no count', not hasattr(local, 'count'))
try:
    slots.release()
except ValueError as e:
    print('bounded:', e)
fired = threading.Event()
tm = threading.Timer(0.01, fired.set)
tm.start()
print('timer fired', fired.wait(10))
tm.join()
t2 = threading.Timer(5, print, args=('never',))
t2.start()
t2.cancel()
t2.join()
print('cancelled timer', not t2.is_alive(), threading.active_count())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
