# PyPy-STM's transaction module as users write it (under CPython a small stand-in with the same contract): a
# TransactionQueue runs every added call as one atomic transaction on a pool of threads, calls added while it runs
# run too, the first exception stops the run and is re-raised; is_atomic() inside and outside `with atomic:`.
import threading
try:
    import transaction
except ImportError:
    import types
    transaction = types.ModuleType("transaction")
    _lock = threading.RLock()
    _depth = threading.local()

    class _Atomic:
        def __enter__(self):
            _lock.acquire()
            _depth.n = getattr(_depth, "n", 0) + 1

        def __exit__(self, *a):
            _depth.n -= 1
            _lock.release()

    transaction.atomic = _Atomic()
    transaction.is_atomic = lambda: getattr(_depth, "n", 0) > 0

    class TransactionQueue:
        def __init__(self):
            self.calls = []
            self.cond = threading.Condition()

        def add(self, f, *args, **kw):
            with self.cond:
                self.calls.append((f, args, kw))
                self.cond.notify()

        def run(self, nthreads=None):
            busy = [0]
            err = []

            def worker():
                while True:
                    with self.cond:
                        while not self.calls and busy[0] and not err:
                            self.cond.wait()
                        if not self.calls or err:
                            self.cond.notify_all()
                            return
                        f, args, kw = self.calls.pop(0)
                        busy[0] += 1
                    try:
                        with transaction.atomic:
                            f(*args, **kw)
                    except BaseException as e:
                        with self.cond:
                            err.append(e)
                    with self.cond:
                        busy[0] -= 1
                        self.cond.notify_all()

            ts = [threading.Thread(target=worker) for _ in range(nthreads or 4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            self.calls = []
            if err:
                raise err[0]

    transaction.TransactionQueue = TransactionQueue

print("outside:", transaction.is_atomic())
with transaction.atomic:
    print("inside:", transaction.is_atomic())
print("after:", transaction.is_atomic())

totals = {}
order = []


def add_word(w):
    totals[w] = totals.get(w, 0) + 1
    order.append(w)


tq = transaction.TransactionQueue()
words = ("the quick brown fox jumps over the lazy dog the end " * 30).split()
for w in words:
    tq.add(add_word, w)
tq.run(4)
print("counts:", sorted(totals.items()), len(order))

tree = []


def expand(n):
    tree.append(n)
    if n < 64:
        tq.add(expand, 2 * n)
        tq.add(expand, 2 * n + 1)


tq.add(expand, 1)
tq.run(3)
print("added while running:", sorted(tree) == list(range(1, 128)))


def fails(i):
    if i == 5:
        raise KeyError("job %d" % i)


for i in range(10):
    tq.add(fails, i)
try:
    tq.run(2)
except KeyError as e:
    print("re-raised:", repr(e))
ran = []
tq.add(ran.append, "again")
tq.run()
print("usable after an error:", ran)
