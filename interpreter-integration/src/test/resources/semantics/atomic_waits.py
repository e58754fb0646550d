# Blocking waits inside `with atomic:` (the interpreter's own semantics; CPython has no atomic blocks). No other
# thread can run until the block ends, so a wait that cannot be satisfied at once does not wait: an untimed one
# raises RuntimeError, a timed or non-blocking one fails at once. Waits that can be satisfied proceed; sleep sleeps.
import queue
import threading
import time
import transaction

lock = threading.Lock()
lock.acquire()
print(transaction.is_atomic())
with atomic:
    print(transaction.is_atomic())
    with atomic:
        print(transaction.is_atomic())
    try:
        lock.acquire()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(lock.acquire(timeout=5), lock.acquire(False))
print(transaction.is_atomic())
lock.release()

with atomic:
    print(lock.acquire())
    lock.release()
    r = threading.RLock()
    with r:
        with r:
            print("RLock re-entered")
    ev = threading.Event()
    print(ev.wait(5))
    try:
        ev.wait()
    except RuntimeError:
        print("RuntimeError from Event.wait()")
    ev.set()
    print(ev.wait())
    q = queue.Queue()
    q.put(1)
    print(q.get())
    try:
        q.get(timeout=0.05)
    except queue.Empty:
        print("Empty")
    time.sleep(0.01)
    print("slept")

stop = threading.Event()
t = threading.Thread(target=stop.wait)
t.start()
with atomic:
    t.join(5)
    print("alive:", t.is_alive())
    try:
        t.join()
    except RuntimeError:
        print("RuntimeError from join()")
stop.set()
t.join()
done = threading.Thread(target=lambda: None)
done.start()
done.join()
with atomic:
    done.join()
    print("joined a finished thread")
print(transaction.is_atomic())
