# Lock edge cases: TIMEOUT_MAX and OverflowError, _thread.allocate_lock and start_new_thread, an exception in a
# start_new_thread function (unraisable hook), RLock._is_owned and counts, Lock released by another thread.
import threading, _thread, sys

lk = threading.Lock()
try:
    lk.acquire(timeout=threading.TIMEOUT_MAX * 2)
except OverflowError as e:
    print("OverflowError:", e)
print("locked after failed acquire:", lk.locked())
print("acquire within max:", lk.acquire(timeout=threading.TIMEOUT_MAX))
lk.release()

done = _thread.allocate_lock()
done.acquire()
box = []


def raw(a, b=0):
    box.append(a + b)
    done.release()


ident = _thread.start_new_thread(raw, (1,), {"b": 2})
done.acquire()
print("start_new_thread:", box, isinstance(ident, int))

seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
fin = _thread.allocate_lock()
fin.acquire()


def raw_fail():
    try:
        raise ValueError("raw thread failed")
    finally:
        fin.release()


_thread.start_new_thread(raw_fail, ())
fin.acquire()
for _ in range(3000):
    if seen:
        break
    threading.Event().wait(0.01)
print("unraisable:", seen)

# a plain Lock may be released by a thread that does not hold it (it is a binary semaphore)
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start()
t.join()
print("released by another thread:", handoff.locked())

r = threading.RLock()
with r:
    with r:
        print("rlock owned:", r._is_owned())
print("rlock owned after:", r._is_owned())
t = threading.Thread(target=lambda: box.append(r._is_owned()))
with r:
    t.start()
    t.join()
print("owned by other:", box[-1])
for bad in ((raw, [1]), (raw, (1,), []), (1, ())):
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
