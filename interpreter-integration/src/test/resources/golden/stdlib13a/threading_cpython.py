# CPython's threading.py over the Java _thread: thread-state locks, join timeouts, daemon threads at exit,
# lock argument checks, excepthook.
import threading, _thread, time

print(threading._CRLock is _thread.RLock, isinstance(threading._PyRLock(), threading._PyRLock))
started = threading.Event()
finish = threading.Event()


def worker():
    started.set()
    finish.wait()


t = threading.Thread(target=worker, name="w")
print(t._tstate_lock is None, t.is_alive())
t.start()
started.wait()
print(t.is_alive(), t._tstate_lock.locked(), t._tstate_lock.acquire(timeout=0))
t.join(timeout=0)
print("after join(0):", t.is_alive())
finish.set()
t.join()
print("after join():", t.is_alive(), t._tstate_lock is None, repr(t).replace(str(t.ident), "ID"))
print(threading.main_thread().name, threading.current_thread() is threading.main_thread(),
      threading.active_count())

lock = threading.Lock()
for args, kw in (((False, 1), {}), ((), {"timeout": -100}), ((), {"timeout": 1e100})):
    try:
        lock.acquire(*args, **kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(lock.acquire(timeout=0), lock.acquire(timeout=0), lock.locked())
lock.release()

for rl in (threading.RLock(), threading._PyRLock()):
    rl.acquire()
    rl.acquire()
    print(type(rl).__name__, "locked" in repr(rl), rl._is_owned(), "count=2" in repr(rl))
    rl.release()
    rl.release()
    print("unlocked" in repr(rl))

seen = []
old = threading.excepthook
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
b = threading.Thread(target=lambda: 1 / 0, name="bad")
b.start()
b.join()
threading.excepthook = old
print(seen)

results = []
threads = [threading.Thread(target=lambda i=i: results.append(i * i)) for i in range(8)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(sorted(results))
bar = threading.Barrier(3)
out = []
ws = [threading.Thread(target=lambda: out.append(bar.wait())) for _ in range(3)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print(sorted(out), bar.broken)

# a non-daemon thread is joined at exit (threading._shutdown)


def late():
    time.sleep(0.2)
    print("non-daemon thread finished before exit")


threading.Thread(target=late).start()
print("main done")
