"""A hand-written thread pool (Condition-guarded task deque, result slots, shutdown), as users write before they
find concurrent.futures; exceptions in tasks are captured per task."""
import collections
import threading


class Result:
    def __init__(self):
        self._done = threading.Event()
        self.value = None
        self.error = None

    def get(self, timeout=30):
        if not self._done.wait(timeout):
            raise TimeoutError('task not done')
        if self.error is not None:
            raise self.error
        return self.value


class Pool:
    def __init__(self, n):
        self.tasks = collections.deque()
        self.cond = threading.Condition()
        self.closed = False
        self.ran = collections.Counter()
        self.workers = [threading.Thread(target=self._loop, name='pool-%d' % i) for i in range(n)]
        for w in self.workers:
            w.start()

    def submit(self, fn, *args):
        r = Result()
        with self.cond:
            if self.closed:
                raise RuntimeError('pool closed')
            self.tasks.append((fn, args, r))
            self.cond.notify()
        return r

    def _loop(self):
        while True:
            with self.cond:
                while not self.tasks and not self.closed:
                    self.cond.wait()
                if not self.tasks:
                    return
                fn, args, r = self.tasks.popleft()
            try:
                r.value = fn(*args)
            except BaseException as e:
                r.error = e
            with self.cond:
                self.ran[threading.current_thread().name] += 1
            r._done.set()

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()
        for w in self.workers:
            w.join()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    if steps > 100:
        raise OverflowError('%d steps' % steps)
    return steps


with Pool(4) as pool:
    results = [pool.submit(collatz, n) for n in range(1, 120)]
    ok, bad = 0, []
    for n, r in enumerate(results, 1):
        try:
            ok += r.get()
        except OverflowError as e:
            bad.append((n, str(e)))
    nested = pool.submit(lambda: pool.submit(pow, 2, 10))
    print('nested', nested.get().get())
print('ok', ok, 'bad', bad)
print('tasks run', sum(pool.ran.values()), 'workers used <= 4', len(pool.ran) <= 4)
try:
    pool.submit(len, [])
except RuntimeError as e:
    print('RuntimeError', e)
print('workers alive', [w.is_alive() for w in pool.workers])
r = Result()
try:
    r.get(timeout=0.01)
except TimeoutError as e:
    print('TimeoutError', e)
